<?php
/**
 * The published page in any theme: the article's parts the desk previewed (section and Editor's choice badge,
 * standfirst, source line, the featured photo's caption and credit, related articles, Popular and Editor's choice
 * lists) added at render time on the single post page. Nothing here is ever stored in post_content, so the app's
 * pulls (content.raw) never see it.
 *
 * Markup uses the preview template's class names (kicker, section, badge, standfirst, updated, source, featured,
 * credit, related, related-list) plus `ew-` prefixed twins a theme can restyle; assets/ew.css is a small default style.
 */

defined( 'ABSPATH' ) || exit;

/** Whether $post_id is the post the current single-post page is about (not a widget's or a query loop's post). */
function ew_is_main_article( $post_id ) {
	if ( is_admin() || is_feed() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || ! is_singular( 'post' ) ) {
		return false;
	}
	return (int) $post_id > 0 && (int) $post_id === (int) get_queried_object_id();
}

/** Plain text for the page, escaped as the preview escapes it (entities already escaped are not escaped twice). */
function ew_text( $value ) {
	return esc_html( (string) $value );
}

/** The article's section: its first category other than the default one. */
function ew_section_name( $post_id ) {
	$default = (int) get_option( 'default_category' );
	foreach ( (array) get_the_category( $post_id ) as $term ) {
		if ( (int) $term->term_id !== $default ) {
			return $term->name;
		}
	}
	return '';
}

/** The related posts (ew_related, in the chosen order) that are published; the others wait until they are. */
function ew_published_related( $post_id ) {
	$ids = array_values( array_filter( array_map( 'intval', (array) get_post_meta( $post_id, 'ew_related', true ) ) ) );
	if ( ! $ids ) {
		return array();
	}
	_prime_post_caches( $ids, false, false );
	$related = array();
	foreach ( array_unique( $ids ) as $id ) {
		$post = get_post( $id );
		if ( $post && 'post' === $post->post_type && 'publish' === $post->post_status && '' === $post->post_password
			&& $id !== (int) $post_id ) {
			$related[] = $post;
		}
	}
	return $related;
}

/** `<li><a href="...">Title</a></li>` for each post. */
function ew_link_items( array $posts, $with_views = false ) {
	$items = '';
	foreach ( $posts as $entry ) {
		$post   = $entry instanceof WP_Post ? $entry : $entry['post'];
		$views  = $with_views && is_array( $entry ) ? ' <span class="views ew-views">' . esc_html( number_format_i18n( $entry['views'] ) ) . '</span>' : '';
		$items .= '<li><a href="' . esc_url( get_permalink( $post ) ) . '">' . ew_text( get_the_title( $post ) ) . '</a>' . $views . '</li>';
	}
	return $items;
}

/** The caption line of the featured photo: `photo: caption (credit)`, or '' when it has neither. */
function ew_featured_caption_html( $attachment_id ) {
	$caption = trim( (string) wp_get_attachment_caption( $attachment_id ) );
	$credit  = trim( (string) get_post_meta( $attachment_id, 'ew_credit', true ) );
	if ( '' === $caption && '' === $credit ) {
		return '';
	}
	$parts = array();
	if ( '' !== $caption ) {
		$parts[] = '<span class="caption ew-caption">' . wp_kses_post( $caption ) . '</span>';
	}
	if ( '' !== $credit ) {
		$parts[] = '(<span class="credit ew-credit">' . ew_text( $credit ) . '</span>)';
	}
	return '<figcaption class="featured-caption ew-featured-caption">photo: ' . implode( ' ', $parts ) . '</figcaption>';
}

/** Featured images already printed on this page (by the theme or by us), by attachment id. */
function ew_featured_printed( $attachment_id = null ) {
	static $printed = array();
	if ( null !== $attachment_id ) {
		$printed[ (int) $attachment_id ] = true;
	}
	return $printed;
}

/**
 * The featured image of the article (themes print it outside the_content, e.g. Twenty Twenty-One through
 * the_post_thumbnail()): wrapped in figure.featured with the caption and the credit from the attachment.
 */
function ew_featured_image_html( $html, $post_id, $attachment_id ) {
	if ( '' === trim( (string) $html ) || ! $attachment_id || ! ew_is_main_article( $post_id ) ) {
		return $html;
	}
	$caption = ew_featured_caption_html( $attachment_id );
	ew_featured_printed( $attachment_id );
	return '<figure class="featured ew-featured">' . $html . $caption . '</figure>';
}
add_filter( 'post_thumbnail_html', 'ew_featured_image_html', 20, 3 );

/**
 * A theme that prints the attachment's caption itself right after the featured image (Twenty Twenty-One does)
 * would show it twice: once ours is printed, the caption of that attachment reads as empty for the rest of the page.
 */
function ew_hide_printed_caption( $caption, $attachment_id ) {
	$printed = ew_featured_printed();
	if ( isset( $printed[ (int) $attachment_id ] ) && is_singular( 'post' ) && ! is_admin() ) {
		return '';
	}
	return $caption;
}
add_filter( 'wp_get_attachment_caption', 'ew_hide_printed_caption', 20, 2 );

/** Block themes: the featured-image block gets the caption and credit when its markup lacks them. */
function ew_featured_block( $content, $block ) {
	if ( 'core/post-featured-image' !== ( $block['blockName'] ?? '' ) || false !== strpos( $content, 'ew-credit' )
		|| false !== strpos( $content, 'ew-featured-caption' ) ) {
		return $content;
	}
	$post_id       = get_the_ID();
	$attachment_id = (int) get_post_thumbnail_id( $post_id );
	if ( ! $attachment_id || ! ew_is_main_article( $post_id ) ) {
		return $content;
	}
	$caption = ew_featured_caption_html( $attachment_id );
	ew_featured_printed( $attachment_id );
	$at = strrpos( $content, '</figure>' );
	return false === $at ? $content . $caption : substr_replace( $content, $caption, $at, 0 );
}
add_filter( 'render_block', 'ew_featured_block', 10, 2 );

/** The header part: section and Editor's choice badge, then the standfirst (the post's own excerpt). */
function ew_article_head( WP_Post $post ) {
	$html    = '';
	$section = ew_section_name( $post->ID );
	$choice  = (bool) get_post_meta( $post->ID, 'ew_editors_choice', true );
	if ( '' !== $section || $choice ) {
		$html .= '<p class="kicker ew-kicker">';
		$html .= '' !== $section ? '<span class="section ew-section">' . ew_text( $section ) . '</span>' : '';
		$html .= $choice ? ' <span class="badge ew-badge">' . esc_html__( "Editor's choice", 'editorial-workstation' ) . '</span>' : '';
		$html .= '</p>';
	}
	if ( has_excerpt( $post ) ) {
		$html .= '<p class="standfirst ew-standfirst">' . ew_text( $post->post_excerpt ) . '</p>';
	}
	return $html . ew_updated_html( $post->ID );
}

/** The format of the "Updated" time, the same as the app's preview prints it: `5 March 2025, 14:05 UTC`. */
const EW_UPDATED_FORMAT = 'j F Y, H:i T';

/**
 * "Updated <date time>" after a desk correction (ew_updated_at, written by the server in workflow.php), in the
 * site's time zone; '' for a post never corrected.
 */
function ew_updated_html( $post_id ) {
	$stamp = strtotime( (string) get_post_meta( $post_id, 'ew_updated_at', true ) );
	if ( ! $stamp ) {
		return '';
	}
	return '<p class="updated ew-updated">' . esc_html__( 'Updated', 'editorial-workstation' ) . ' <time datetime="'
		. esc_attr( gmdate( 'Y-m-d\TH:i:s\Z', $stamp ) ) . '">' . esc_html( wp_date( EW_UPDATED_FORMAT, $stamp ) ) . '</time></p>';
}

/** The footer part: source line, the featured photo when the theme printed none, related articles, site lists. */
function ew_article_foot( WP_Post $post ) {
	$html   = '';
	$source = trim( (string) get_post_meta( $post->ID, 'ew_source_line', true ) );
	if ( '' !== $source ) {
		$html .= '<p class="source ew-source">source: ' . ew_text( $source ) . '</p>';
	}
	$thumbnail = (int) get_post_thumbnail_id( $post );
	if ( $thumbnail && ! isset( ew_featured_printed()[ $thumbnail ] ) ) {
		$html .= get_the_post_thumbnail( $post, 'large' ); // wrapped with its caption by ew_featured_image_html()
	}
	$related = ew_published_related( $post->ID );
	if ( $related ) {
		$html .= '<section class="related ew-related"><h2 class="related-title ew-related-title">'
			. esc_html__( 'Related articles', 'editorial-workstation' ) . '</h2><ul class="related-list ew-related-list">'
			. ew_link_items( $related ) . '</ul></section>';
	}
	return $html . ew_site_lists_html( $post->ID );
}

/** Popular this week and Editor's choice (includes/popular.php), as on the preview; the article itself left out. */
function ew_site_lists_html( $post_id ) {
	if ( ! function_exists( 'ew_popular_posts' ) ) {
		return '';
	}
	$popular = array_values( array_filter( ew_popular_posts( 7, 6 ), fn( $e ) => $e['post']->ID !== (int) $post_id ) );
	$choice  = array_values( array_filter( ew_editors_choice_posts( false ), fn( $p ) => $p->ID !== (int) $post_id ) );
	$html    = '';
	if ( $popular ) {
		$html .= '<section class="popular ew-popular"><h2 class="popular-title ew-popular-title">'
			. esc_html__( 'Popular this week', 'editorial-workstation' ) . '</h2><ol class="popular-list ew-popular-list">'
			. ew_link_items( array_slice( $popular, 0, 5 ) ) . '</ol></section>';
	}
	if ( $choice ) {
		$html .= '<section class="editors-picks ew-editors-picks"><h2 class="editors-picks-title ew-editors-picks-title">'
			. esc_html__( "Editor's choice", 'editorial-workstation' ) . '</h2><ul class="editors-picks-list ew-editors-picks-list">'
			. ew_link_items( array_slice( $choice, 0, 5 ) ) . '</ul></section>';
	}
	return '' === $html ? '' : '<aside class="site-lists ew-site-lists">' . $html . '</aside>';
}

/**
 * the_content of the main article on its own page gets the head and foot parts. Skipped for excerpts (which run
 * the_content filters on the text they trim), feeds, REST and every other post on the page.
 */
function ew_render_article( $content ) {
	$post = get_post();
	if ( ! $post || ! ew_is_main_article( $post->ID ) || ! is_main_query()
		|| doing_filter( 'get_the_excerpt' ) || doing_filter( 'wp_trim_excerpt' ) ) {
		return $content;
	}
	// Siblings of the body's own blocks, not a wrapper: themes lay out the direct children of their content box.
	return ew_article_head( $post ) . $content . ew_article_foot( $post );
}
add_filter( 'the_content', 'ew_render_article', 20 );

/**
 * The article's language (ew_language, set in the app) on its own page: `<html lang>`, so browsers hyphenate
 * (CSS hyphens: auto), spell-check and read the article aloud in its language. Other pages keep the site's.
 */
function ew_article_language_attributes( $output ) {
	if ( is_admin() || ! is_singular( 'post' ) ) {
		return $output;
	}
	$language = ew_sanitize_language( get_post_meta( get_queried_object_id(), 'ew_language', true ) );
	if ( '' === $language ) {
		return $output;
	}
	$attribute = 'lang="' . esc_attr( $language ) . '"';
	if ( preg_match( '/\blang="[^"]*"/', $output ) ) {
		return preg_replace( '/\blang="[^"]*"/', $attribute, $output, 1 );
	}
	return trim( $output . ' ' . $attribute );
}
add_filter( 'language_attributes', 'ew_article_language_attributes', 20 );

function ew_enqueue_style() {
	if ( is_singular( 'post' ) ) {
		wp_enqueue_style( 'editorial-workstation', plugins_url( 'assets/ew.css', EW_PLUGIN_FILE ), array(), EW_VERSION );
	}
}
add_action( 'wp_enqueue_scripts', 'ew_enqueue_style' );
