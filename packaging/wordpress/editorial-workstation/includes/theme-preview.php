<?php
/**
 * The site's own theme for the app's offline preview: `/?ew_theme_preview=1` answers with the single-post page the
 * active theme renders for a placeholder article that exists only for this request (never stored, never a real
 * post). Its parts carry the ids the app's preview patches (headline, section, editors-choice, standfirst, byline,
 * date, updated, body, source, featured, related, popular, editors-picks, site-lists, lists-note) and the preview
 * template's class names, so the app fills in the article as the reader would see it in this theme.
 *
 * Public and read-only: it shows nothing but the theme and placeholders.
 */

defined( 'ABSPATH' ) || exit;

const EW_THEME_PREVIEW_VAR = 'ew_theme_preview';
const EW_THEME_PREVIEW_ID  = -4242;

function ew_theme_preview_query_var( $vars ) {
	$vars[] = EW_THEME_PREVIEW_VAR;
	return $vars;
}
add_filter( 'query_vars', 'ew_theme_preview_query_var' );

function ew_is_theme_preview( $query = null ) {
	$query = $query ? $query : $GLOBALS['wp_query'];
	return $query instanceof WP_Query && $query->is_main_query() && '' !== (string) $query->get( EW_THEME_PREVIEW_VAR );
}

/** The placeholder article: a WP_Post that lives only in the object cache of this request. */
function ew_theme_preview_post() {
	static $post = null;
	if ( null === $post ) {
		// Dated today at midnight, not this second: the page is the same all day, so a sync that finds it as it
		// cached it keeps its cache (the app's sync/site_theme.py), and the theme still shows today's date.
		$today = current_time( 'Y-m-d' ) . ' 00:00:00';
		$post  = new WP_Post(
			(object) array(
				'ID'                => EW_THEME_PREVIEW_ID,
				'post_author'       => 0,
				'post_date'         => $today,
				'post_date_gmt'     => get_gmt_from_date( $today ),
				'post_modified'     => $today,
				'post_modified_gmt' => get_gmt_from_date( $today ),
				'post_title'        => 'Headline',
				'post_content'      => '',
				'post_excerpt'      => '',
				'post_status'       => 'publish',
				'comment_status'    => 'closed',
				'ping_status'       => 'closed',
				'post_password'     => '',
				'post_name'         => 'ew-theme-preview',
				'post_type'         => 'post',
				'post_parent'       => 0,
				'comment_count'     => 0,
				'filter'            => 'raw',
			)
		);
		wp_cache_add( EW_THEME_PREVIEW_ID, $post, 'posts' );
	}
	return $post;
}

/** The main query of a theme-preview request is a single post page holding the placeholder only. */
function ew_theme_preview_posts( $posts, $query ) {
	if ( ! ew_is_theme_preview( $query ) ) {
		return $posts;
	}
	$query->found_posts   = 1;
	$query->max_num_pages = 1;
	return array( ew_theme_preview_post() );
}
add_filter( 'posts_pre_query', 'ew_theme_preview_posts', 10, 2 );

function ew_theme_preview_flags( $query ) {
	if ( ! ew_is_theme_preview( $query ) ) {
		return;
	}
	$query->is_home     = false;
	$query->is_archive  = false;
	$query->is_404      = false;
	$query->is_single   = true;
	$query->is_singular = true;
}
add_action( 'parse_query', 'ew_theme_preview_flags' );

function ew_theme_preview_headers() {
	if ( ew_is_theme_preview() ) {
		header( 'X-Robots-Tag: noindex, nofollow' );
		header( 'Cache-Control: no-store' );
	}
}
add_action( 'template_redirect', 'ew_theme_preview_headers' );

function ew_is_placeholder( $post ) {
	$post = get_post( $post );
	return $post && EW_THEME_PREVIEW_ID === (int) $post->ID && ew_is_theme_preview();
}

/** The theme's title of the placeholder: the element the app fills in with the headline. */
function ew_theme_preview_title( $title, $post_id = 0 ) {
	if ( EW_THEME_PREVIEW_ID !== (int) $post_id || ! ew_is_theme_preview() || doing_action( 'wp_head' ) ) {
		return $title;
	}
	return '<span id="headline" class="headline ew-headline">Headline</span>';
}
add_filter( 'the_title', 'ew_theme_preview_title', 10, 2 );

/** The placeholder's content: every part of the article, empty or with placeholder text, with known ids. */
function ew_theme_preview_content( $content ) {
	if ( ! ew_is_placeholder( get_post() ) ) {
		return $content;
	}
	$choice = esc_html__( "Editor's choice", 'editorial-workstation' );
	return '<p class="kicker ew-kicker"><span id="section" class="section ew-section">Section</span> '
		. '<span id="editors-choice" class="badge ew-badge">' . $choice . '</span></p>'
		. '<p id="standfirst" class="standfirst ew-standfirst">Standfirst</p>'
		. '<p class="meta ew-meta"><span id="byline" class="byline ew-byline">Byline</span> '
		. '<span id="date" class="date ew-date">Date</span> <span id="updated" class="updated ew-updated" hidden></span></p>'
		. '<div id="body" class="article-body ew-body"><p>Body</p></div>'
		. '<p id="source" class="source ew-source">source: Source</p>'
		. '<figure id="featured" class="featured ew-featured"><figcaption class="featured-caption ew-featured-caption">photo: Caption (Credit)</figcaption></figure>'
		. '<section id="related" class="related ew-related"><h2 class="related-title ew-related-title">' . esc_html__( 'Related articles', 'editorial-workstation' )
		. '</h2><ul class="related-list ew-related-list"></ul></section>'
		. '<aside id="site-lists" class="site-lists ew-site-lists">'
		. '<section id="popular" class="popular ew-popular"><h2 class="popular-title ew-popular-title">' . esc_html__( 'Popular this week', 'editorial-workstation' )
		. '</h2><ol class="popular-list ew-popular-list"></ol></section>'
		. '<section id="editors-picks" class="editors-picks ew-editors-picks"><h2 class="editors-picks-title ew-editors-picks-title">'
		. $choice . '</h2><ul class="editors-picks-list ew-editors-picks-list"></ul></section>'
		. '<p id="lists-note" class="lists-note ew-lists-note"></p></aside>';
}
add_filter( 'the_content', 'ew_theme_preview_content', 99 ); // after wpautop: the markup stays as written

/** No links to real posts next to the placeholder (the theme's previous / next navigation). */
function ew_theme_preview_no_adjacent( $output ) {
	return ew_is_theme_preview() ? '' : $output;
}
add_filter( 'previous_post_link', 'ew_theme_preview_no_adjacent' );
add_filter( 'next_post_link', 'ew_theme_preview_no_adjacent' );

function ew_theme_preview_style() {
	if ( ew_is_theme_preview() ) {
		wp_enqueue_style( 'editorial-workstation', plugins_url( 'assets/ew.css', EW_PLUGIN_FILE ), array(), EW_VERSION );
	}
}
add_action( 'wp_enqueue_scripts', 'ew_theme_preview_style' );
