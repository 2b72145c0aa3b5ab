<?php
/**
 * Popular this week and the ordered Editor's choice list.
 *
 * Views: counted on the server in template_redirect for the single page of a published post (plain GETs only; no
 * JavaScript needed). No personal data is kept: one counter per post and UTC day in a protected post meta
 * `_ew_views_YYYYMMDD` (one atomic UPDATE per view; the row is added on the day's first view, when buckets older
 * than EW_VIEW_DAYS_KEPT days are dropped). Not counted: HEAD and prefetch requests, previews, logged-in users who
 * can edit posts (the newsroom reading its own pages), and user agents that call themselves bots, crawlers or
 * spiders. Behind a full-page cache only the requests that reach WordPress are counted (the filter
 * `ew_count_view` lets a site turn counting off or add its own rules).
 *
 * Editor's choice: the posts whose `ew_editors_choice` meta is true, in the order kept in the option
 * `ew_editors_choice_order` (posts marked but missing from it follow, newest first).
 *
 * REST (namespace editorial-workstation/v1):
 *   GET /popular?days=7&limit=10  anyone: {days, generated_gmt, items: [{id, title, link, views}]} (published only)
 *   GET /editors-choice           anyone: {items: [{id, title, link, status, modified_gmt}]}; published posts only
 *                                 unless the user can edit others' posts (the desk sees its whole selection)
 *   PUT /editors-choice {ids}     users who can publish_posts and edit each post whose mark changes: the selection
 *                                 and its order; marks set or cleared bump the post's modified date so the apps'
 *                                 incremental pulls see them. Answers like GET.
 */

defined( 'ABSPATH' ) || exit;

const EW_VIEW_META_PREFIX  = '_ew_views_';
const EW_VIEW_DAYS_KEPT    = 35;
const EW_CHOICE_ORDER      = 'ew_editors_choice_order';
const EW_CHOICE_MAX        = 50;
const EW_BOT_USER_AGENTS   = '/bot|crawl|spider|slurp|facebookexternalhit|preview|monitor|curl|wget|python-requests/i';

/** The view bucket's meta key for a UTC day ($days_ago days before today). */
function ew_view_key( $days_ago = 0 ) {
	return EW_VIEW_META_PREFIX . gmdate( 'Ymd', time() - DAY_IN_SECONDS * (int) $days_ago );
}

/** Add one view to today's bucket of a post. */
function ew_record_view( $post_id ) {
	global $wpdb;
	$key     = ew_view_key();
	$updated = $wpdb->query(
		$wpdb->prepare(
			"UPDATE {$wpdb->postmeta} SET meta_value = CAST(meta_value AS UNSIGNED) + 1 WHERE post_id = %d AND meta_key = %s ORDER BY meta_id LIMIT 1",
			$post_id,
			$key
		)
	);
	if ( ! $updated ) {
		// The day's first view: a new bucket, and the buckets too old to matter go.
		$wpdb->query(
			$wpdb->prepare(
				"DELETE FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key LIKE %s AND meta_key < %s",
				$post_id,
				$wpdb->esc_like( EW_VIEW_META_PREFIX ) . '%',
				ew_view_key( EW_VIEW_DAYS_KEPT )
			)
		);
		$wpdb->insert(
			$wpdb->postmeta,
			array(
				'post_id'    => $post_id,
				'meta_key'   => $key,
				'meta_value' => '1',
			)
		);
	}
	wp_cache_delete( $post_id, 'post_meta' );
}

/** Whether this request is a reader's view of a published article worth counting. */
function ew_is_countable_view( $post ) {
	if ( ! $post instanceof WP_Post || 'post' !== $post->post_type || 'publish' !== $post->post_status || is_preview() ) {
		return false;
	}
	if ( 'GET' !== ( $_SERVER['REQUEST_METHOD'] ?? 'GET' ) ) {
		return false;
	}
	$purpose = strtolower( (string) ( $_SERVER['HTTP_SEC_PURPOSE'] ?? $_SERVER['HTTP_PURPOSE'] ?? $_SERVER['HTTP_X_MOZ'] ?? '' ) );
	if ( false !== strpos( $purpose, 'prefetch' ) ) {
		return false;
	}
	if ( preg_match( EW_BOT_USER_AGENTS, (string) ( $_SERVER['HTTP_USER_AGENT'] ?? '' ) ) ) {
		return false;
	}
	return ! current_user_can( 'edit_posts' );
}

function ew_count_view() {
	if ( ! is_singular( 'post' ) ) {
		return;
	}
	$post = get_queried_object();
	if ( apply_filters( 'ew_count_view', ew_is_countable_view( $post ), $post ) ) {
		ew_record_view( $post->ID );
	}
}
add_action( 'template_redirect', 'ew_count_view' );

/**
 * The most viewed published posts of the last $days UTC days (today included), most views first:
 * a list of array( 'post' => WP_Post, 'views' => int ).
 */
function ew_popular_posts( $days = 7, $limit = 10 ) {
	global $wpdb;
	$keys = array();
	for ( $i = 0; $i < $days; $i++ ) {
		$keys[] = ew_view_key( $i );
	}
	$in   = implode( ',', array_fill( 0, count( $keys ), '%s' ) );
	$rows = $wpdb->get_results(
		$wpdb->prepare(
			"SELECT pm.post_id, SUM(CAST(pm.meta_value AS UNSIGNED)) AS views FROM {$wpdb->postmeta} pm
			 JOIN {$wpdb->posts} p ON p.ID = pm.post_id
			 WHERE pm.meta_key IN ($in) AND p.post_type = 'post' AND p.post_status = 'publish' AND p.post_password = ''
			 GROUP BY pm.post_id ORDER BY views DESC, pm.post_id DESC LIMIT %d",
			array_merge( $keys, array( (int) $limit ) )
		)
	);
	$ids = array_map( fn( $row ) => (int) $row->post_id, $rows );
	_prime_post_caches( $ids, false, false );
	$popular = array();
	foreach ( $rows as $row ) {
		$post = get_post( (int) $row->post_id );
		if ( $post ) {
			$popular[] = array(
				'post'  => $post,
				'views' => (int) $row->views,
			);
		}
	}
	return $popular;
}

/** The posts marked Editor's choice, in the desk's order; published ones only unless $all (trash never). */
function ew_editors_choice_posts( $all ) {
	$marked = get_posts(
		array(
			'post_type'        => 'post',
			'post_status'      => $all ? array( 'publish', 'future', 'pending', 'draft', 'private' ) : 'publish',
			'meta_key'         => 'ew_editors_choice',
			'meta_value'       => '1',
			'posts_per_page'   => 200,
			'orderby'          => 'date',
			'order'            => 'DESC',
			'suppress_filters' => true,
			'no_found_rows'    => true,
		)
	);
	if ( ! $all ) {
		$marked = array_filter( $marked, fn( $p ) => '' === $p->post_password );
	}
	$rank = array_flip( array_map( 'intval', (array) get_option( EW_CHOICE_ORDER, array() ) ) );
	$date = array_flip( wp_list_pluck( array_values( $marked ), 'ID' ) );
	usort(
		$marked,
		function ( $a, $b ) use ( $rank, $date ) {
			$ra = $rank[ $a->ID ] ?? PHP_INT_MAX;
			$rb = $rank[ $b->ID ] ?? PHP_INT_MAX;
			return $ra !== $rb ? $ra <=> $rb : $date[ $a->ID ] <=> $date[ $b->ID ];
		}
	);
	return array_values( $marked );
}

/** A post as the lists describe it to the app: plain-text title, public link. */
function ew_list_item( WP_Post $post ) {
	return array(
		'id'           => $post->ID,
		'title'        => html_entity_decode( wp_strip_all_tags( $post->post_title ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ),
		'link'         => get_permalink( $post ),
		'status'       => $post->post_status,
		'modified_gmt' => mysql_to_rfc3339( $post->post_modified_gmt ),
	);
}

function ew_rest_popular( WP_REST_Request $request ) {
	$items = array();
	foreach ( ew_popular_posts( (int) $request['days'], (int) $request['limit'] ) as $entry ) {
		$item          = ew_list_item( $entry['post'] );
		$item['views'] = $entry['views'];
		unset( $item['status'], $item['modified_gmt'] );
		$items[] = $item;
	}
	return array(
		'days'          => (int) $request['days'],
		'generated_gmt' => gmdate( 'Y-m-d\TH:i:s' ),
		'items'         => $items,
	);
}

function ew_rest_editors_choice() {
	$all = current_user_can( 'edit_others_posts' );
	return array( 'items' => array_map( 'ew_list_item', ew_editors_choice_posts( $all ) ) );
}

/** Set the marks and the order; refused as a whole (nothing written) when any id is wrong or out of reach. */
function ew_rest_set_editors_choice( WP_REST_Request $request ) {
	$ids = array_values( array_unique( array_map( 'intval', (array) $request['ids'] ) ) );
	$bad = array();
	foreach ( $ids as $id ) {
		$post = get_post( $id );
		if ( ! $post || 'post' !== $post->post_type || 'trash' === $post->post_status ) {
			$bad[] = $id;
		}
	}
	if ( $bad ) {
		return new WP_Error( 'ew_invalid_post', 'No such article: ' . implode( ', ', $bad ) . '.', array( 'status' => 400, 'ids' => $bad ) );
	}
	$before  = wp_list_pluck( ew_editors_choice_posts( true ), 'ID' );
	$changed = array_merge( array_diff( $ids, $before ), array_diff( $before, $ids ) );
	$refused = array_values( array_filter( $changed, fn( $id ) => ! current_user_can( 'edit_post', $id ) ) );
	if ( $refused ) {
		return new WP_Error(
			'ew_cannot_edit',
			"You may not change the Editor's choice mark of: " . implode( ', ', $refused ) . '.',
			array( 'status' => 403, 'ids' => $refused )
		);
	}
	foreach ( $changed as $id ) {
		update_post_meta( $id, 'ew_editors_choice', in_array( $id, $ids, true ) );
		// The mark is part of the article the apps pull by modified date and version: a new modified time and a
		// new version, so a pull within the same second still sees the change (and a write based on the old
		// version is refused rather than undoing the mark).
		ew_touch_post( $id );
	}
	update_option( EW_CHOICE_ORDER, $ids, false );
	return ew_rest_editors_choice();
}

function ew_can_set_editors_choice() {
	if ( current_user_can( 'publish_posts' ) ) {
		return true;
	}
	return new WP_Error(
		is_user_logged_in() ? 'rest_forbidden' : 'rest_not_logged_in',
		"Only the desk can set the Editor's choice selection.",
		array( 'status' => is_user_logged_in() ? 403 : 401 )
	);
}

function ew_register_list_routes() {
	register_rest_route(
		EW_REST_NAMESPACE,
		'/popular',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'ew_rest_popular',
			'permission_callback' => '__return_true',
			'args'                => array(
				'days'  => array(
					'type'    => 'integer',
					'default' => 7,
					'minimum' => 1,
					'maximum' => 31,
				),
				'limit' => array(
					'type'    => 'integer',
					'default' => 10,
					'minimum' => 1,
					'maximum' => 50,
				),
			),
		)
	);
	register_rest_route(
		EW_REST_NAMESPACE,
		'/editors-choice',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'ew_rest_editors_choice',
				'permission_callback' => '__return_true',
			),
			array(
				'methods'             => 'PUT',
				'callback'            => 'ew_rest_set_editors_choice',
				'permission_callback' => 'ew_can_set_editors_choice',
				'args'                => array(
					'ids' => array(
						'type'     => 'array',
						'items'    => array( 'type' => 'integer' ),
						'maxItems' => EW_CHOICE_MAX,
						'required' => true,
					),
				),
			),
		)
	);
}
add_action( 'rest_api_init', 'ew_register_list_routes' );
