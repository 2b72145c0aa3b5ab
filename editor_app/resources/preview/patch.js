// The preview's page script (see editor_app/ui/preview/script.py): patches #body block by block, anchors the
// scroll, reports scroll and paint. Runs in Qt's isolated ApplicationWorld, never in the page's own world.
(() => {
  if (window.__preview) return;
  const PREFIX = "\u0001preview:";
  const root = document.documentElement;
  root.style.overflowAnchor = "none";  // the script anchors the scroll itself, exactly
  let expectedY = null;
  let lastLine = null;
  let scheduled = false;

  const body = () => document.getElementById("body");
  const blocks = () => { const b = body(); return b ? b.querySelectorAll(":scope > .blk") : []; };
  const lineOf = (el) => Number(el.dataset.line || 0);

  function firstVisibleIndex(list) {
    let lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].getBoundingClientRect().bottom > 0) { found = mid; hi = mid - 1; } else { lo = mid + 1; }
    }
    return found;
  }

  function scrollToY(y) {
    const max = Math.max(0, root.scrollHeight - window.innerHeight);
    const target = Math.round(Math.min(Math.max(0, y), max));
    if (target === Math.round(window.scrollY)) return;
    expectedY = target;
    window.scrollTo(0, target);
  }

  function captureAnchors() {
    const list = blocks();
    const first = firstVisibleIndex(list);
    const anchors = [];
    if (first < 0) return anchors;
    for (let i = first; i < list.length && anchors.length < 8; i++) {
      const top = list[i].getBoundingClientRect().top;
      if (top > window.innerHeight) break;
      anchors.push([list[i], top + window.scrollY]);
    }
    return anchors;
  }

  function restoreAnchors(anchors) {
    // Compare pixel-snapped document positions: blocks sit at fractional offsets, scroll offsets do not.
    for (const [el, docTop] of anchors) {
      if (!el.isConnected) continue;
      const delta = Math.round(el.getBoundingClientRect().top + window.scrollY) - Math.round(docTop);
      if (delta !== 0) scrollToY(window.scrollY + delta);
      return;
    }
  }

  function makeBlock(id) {
    const el = document.createElement("div");
    el.className = "blk";
    el.id = id;
    return el;
  }

  function apply(patch) {
    const container = body();
    if (!container) return false;
    const anchors = window.scrollY > 0 ? captureAnchors() : [];
    const known = new Map();
    for (const el of blocks()) known.set(el.id, el);
    for (const id of patch.remove) { const el = known.get(id); if (el) { el.remove(); known.delete(id); } }
    for (const [id, line, html] of patch.upsert) {
      let el = known.get(id);
      if (!el) { el = makeBlock(id); known.set(id, el); }
      el.dataset.line = String(line);
      el.innerHTML = html;
    }
    for (const [id, line] of patch.lines) { const el = known.get(id); if (el) el.dataset.line = String(line); }
    if (patch.order) {
      let previous = null;
      for (const id of patch.order) {
        const el = known.get(id);
        if (!el) continue;
        const expected = previous ? previous.nextElementSibling : container.firstElementChild;
        if (expected !== el) {
          container.insertBefore(el, expected);
          container.insertBefore(document.createTextNode("\n"), el);
        }
        previous = el;
      }
    }
    restoreAnchors(anchors);
    painted(patch.seq);
    return true;
  }

  function painted(seq) {
    requestAnimationFrame(() => requestAnimationFrame(() => console.info(PREFIX + "painted:" + seq)));
  }

  function setText(id, text, hiddenWhenEmpty) {
    const el = document.getElementById(id);
    if (!el) return;
    el.textContent = text;
    if (hiddenWhenEmpty) el.hidden = !text.trim();
  }

  function setFields(f) {
    const anchors = window.scrollY > 0 ? captureAnchors() : [];
    document.title = f.title;
    document.documentElement.lang = f.language;
    setText("section", f.section, true);
    document.getElementById("editors-choice").hidden = !f.editors_choice;
    setText("headline", f.headline, false);
    setText("standfirst", f.standfirst, true);
    setText("byline", f.byline, true);
    setText("date", f.date_text, true);
    setText("updated", f.updated_text, true);
    setText("source", "source: " + f.source, false);
    document.getElementById("source").hidden = !f.source.trim();
    const featured = document.getElementById("featured");
    let img = featured.querySelector("img");
    if (f.photo_src === null) { if (img) img.remove(); }
    else {
      if (!img) { img = document.createElement("img"); featured.insertBefore(img, featured.firstChild); }
      if (img.getAttribute("src") !== f.photo_src) img.setAttribute("src", f.photo_src);
      img.setAttribute("alt", f.photo_alt);
    }
    featured.querySelector("figcaption").textContent = "photo: " + f.photo_caption_line;
    featured.hidden = !(f.photo_src !== null || f.photo_caption_line.trim());
    const fill = (selector, items) => {
      document.querySelector(selector).replaceChildren(...items.map(([headline, url]) => {
        const li = document.createElement("li");
        if (url) {
          const a = document.createElement("a");
          a.setAttribute("href", url);
          a.setAttribute("rel", "noopener noreferrer");
          a.textContent = headline;
          li.appendChild(a);
        } else { li.textContent = headline; }
        return li;
      }));
    };
    fill("#related .related-list", f.related);
    document.getElementById("related").hidden = f.related.length === 0;
    fill("#popular .popular-list", f.popular);
    document.getElementById("popular").hidden = f.popular.length === 0;
    fill("#editors-picks .editors-picks-list", f.editors_picks);
    document.getElementById("editors-picks").hidden = f.editors_picks.length === 0;
    document.getElementById("site-lists").hidden = f.popular.length + f.editors_picks.length === 0;
    setText("lists-note", f.lists_note, true);
    restoreAnchors(anchors);
    painted(f.seq);
    return true;
  }

  function scrollToLine(line) {
    const list = blocks();
    if (!list.length) return;
    let lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lineOf(list[mid]) <= line) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    if (found < 0) { scrollToY(0); return; }
    const el = list[found];
    const rect = el.getBoundingClientRect();
    const start = lineOf(el);
    const next = found + 1 < list.length ? lineOf(list[found + 1]) : start + 1;
    const fraction = next > start ? Math.min(1, Math.max(0, (line - start) / (next - start))) : 0;
    scrollToY(window.scrollY + rect.top + fraction * rect.height);
  }

  function firstVisible() {
    const list = blocks();
    const index = firstVisibleIndex(list);
    if (index < 0) return null;
    const rect = list[index].getBoundingClientRect();
    const y = window.scrollY;
    return { id: list[index].id, line: lineOf(list[index]), top: rect.top, scrollY: y,
             snappedTop: Math.round(rect.top + y) - y };
  }

  function reportScroll() {
    scheduled = false;
    const ours = expectedY !== null && Math.abs(window.scrollY - expectedY) < 1;
    expectedY = null;
    const list = blocks();
    const index = firstVisibleIndex(list);
    if (index < 0) return;
    const line = lineOf(list[index]);
    if (line === lastLine) return;
    lastLine = line;
    if (!ours) console.info(PREFIX + "line:" + line);
  }

  window.addEventListener("scroll", () => {
    if (!scheduled) { scheduled = true; requestAnimationFrame(reportScroll); }
  }, { passive: true });

  window.__preview = { apply, setFields, scrollToLine, firstVisible, painted };
  console.info(PREFIX + "ready:" + (document.documentElement.dataset.generation || "0"));
})();
