<?php
/**
 * Optimistic concurrency: every post carries a version (ew_version, +1 on every write by any path). A write states
 * the version it was based on in `If-Match: "<version>"`; the check and the write happen under a per-post database
 * lock (GET_LOCK), so of two writers from the same version exactly one wins and the other gets 412.
 *
 * The Editorial Workstation app sends `X-EW-Client: <name/version>` on every write; for such a request the
 * precondition is required (missing or malformed: 428). Other clients (the block editor, scripts) may send it.
 */

defined( 'ABSPATH' ) || exit;

const EW_LOCK_TIMEOUT = 15;

/** The lock's name for a post (MariaDB allows 64 characters). */
function ew_lock_name( $post_id ) {
	global $wpdb;
	return substr( 'ew_post_' . md5( DB_NAME . $wpdb->prefix ) . '_' . (int) $post_id, 0, 64 );
}

/** Held locks: post id => depth (the same request may take a post's lock more than once). */
function &ew_held_locks() {
	static $held = array();
	return $held;
}

/** Take the post's lock (re-entrant within the request); false when it could not be had in time. */
function ew_lock_post( $post_id ) {
	global $wpdb;
	$held = &ew_held_locks();
	if ( ! empty( $held[ $post_id ] ) ) {
		++$held[ $post_id ];
		return true;
	}
	$got = (int) $wpdb->get_var( $wpdb->prepare( 'SELECT GET_LOCK(%s, %d)', ew_lock_name( $post_id ), EW_LOCK_TIMEOUT ) );
	if ( 1 !== $got ) {
		return false;
	}
	$held[ $post_id ] = 1;
	clean_post_cache( $post_id ); // what another request wrote while we waited
	return true;
}

function ew_unlock_post( $post_id ) {
	global $wpdb;
	$held = &ew_held_locks();
	if ( empty( $held[ $post_id ] ) ) {
		return;
	}
	if ( --$held[ $post_id ] > 0 ) {
		return;
	}
	unset( $held[ $post_id ] );
	$wpdb->query( $wpdb->prepare( 'SELECT RELEASE_LOCK(%s)', ew_lock_name( $post_id ) ) );
}

/** Whatever happens, a request ends without holding a lock. */
function ew_unlock_all() {
	$held = &ew_held_locks();
	foreach ( array_keys( $held ) as $post_id ) {
		$held[ $post_id ] = 1;
		ew_unlock_post( $post_id );
	}
}
add_action( 'shutdown', 'ew_unlock_all' );

/** The post's version as stored (read from the database, not a cache); 0 before its first versioned write. */
function ew_post_version( $post_id ) {
	global $wpdb;
	return (int) $wpdb->get_var(
		$wpdb->prepare( "SELECT meta_value FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = 'ew_version' LIMIT 1", $post_id )
	);
}

/** One more version (under the post's lock). */
function ew_bump_version( $post_id ) {
	ew_lock_post( $post_id );
	$version = ew_post_version( $post_id ) + 1;
	ew_as_server(
		function () use ( $post_id, $version ) {
			update_post_meta( $post_id, 'ew_version', $version );
		}
	);
	ew_unlock_post( $post_id );
	return $version;
}

/** Mark the post modified now without touching its fields (a note or a transition that keeps the WordPress status). */
function ew_touch_post( $post_id ) {
	global $wpdb;
	$wpdb->update(
		$wpdb->posts,
		array(
			'post_modified'     => current_time( 'mysql' ),
			'post_modified_gmt' => current_time( 'mysql', true ),
		),
		array( 'ID' => $post_id )
	);
	clean_post_cache( $post_id );
	ew_bump_version( $post_id );
}

/** A post's modified_gmt as the REST API reports it (drafts store zeros; derive it like core). */
function ew_post_modified_gmt( WP_Post $post ) {
	if ( '0000-00-00 00:00:00' === $post->post_modified_gmt ) {
		return gmdate( 'Y-m-d H:i:s', strtotime( $post->post_modified ) - (int) ( (float) get_option( 'gmt_offset' ) * 3600 ) );
	}
	return $post->post_modified_gmt;
}

/**
 * The version a request was based on: an int, null when none was sent by a client other than the app, or a
 * WP_Error 428 when the app sent none or a malformed one (anything but `"<digits>"`).
 */
function ew_request_precondition( WP_REST_Request $request ) {
	$header   = $request->get_header( 'if_match' );
	$from_app = '' !== trim( (string) $request->get_header( 'x_ew_client' ) );
	if ( null === $header || '' === trim( $header ) ) {
		if ( ! $from_app ) {
			return null;
		}
		return new WP_Error(
			'ew_precondition_required',
			'This change must say which version of the post it was based on (If-Match: "<version>").',
			array( 'status' => 428 )
		);
	}
	if ( ! preg_match( '/^\s*"(\d{1,18})"\s*$/', $header, $match ) ) {
		return new WP_Error(
			'ew_precondition_malformed',
			'If-Match must be the version of the post in quotes, e.g. "7".',
			array( 'status' => 428 )
		);
	}
	return (int) $match[1];
}

/** 412 unless the post is still at $expected (call with the post's lock held). */
function ew_check_version( $post_id, $expected ) {
	$current = ew_post_version( $post_id );
	if ( $current === $expected ) {
		return null;
	}
	$post = get_post( $post_id );
	return new WP_Error(
		'rest_precondition_failed',
		'Someone changed this item on the server after your copy was taken. Reload it and merge your changes.',
		array(
			'status'       => 412,
			'version'      => $current,
			'modified_gmt' => $post ? mysql_to_rfc3339( ew_post_modified_gmt( $post ) ) : null,
		)
	);
}

/**
 * Take the post's lock and check the request's precondition; the lock is held until the request's callbacks are
 * done (ew_rest_release). Returns null or a WP_Error.
 */
function ew_lock_and_check( $post_id, WP_REST_Request $request ) {
	$expected = ew_request_precondition( $request );
	if ( is_wp_error( $expected ) ) {
		return $expected;
	}
	if ( ! ew_lock_post( $post_id ) ) {
		return new WP_Error( 'ew_busy', 'The post is being changed by someone else; try again.', array( 'status' => 503 ) );
	}
	$GLOBALS['ew_rest_locks'][] = $post_id;
	return null === $expected ? null : ew_check_version( $post_id, $expected );
}

/** Core's post routes: update and delete of /wp/v2/posts/<id> go through the lock and the precondition. */
function ew_rest_before_callbacks( $response, $handler, WP_REST_Request $request ) {
	if ( is_wp_error( $response ) || 'GET' === $request->get_method() || 'HEAD' === $request->get_method() ) {
		return $response;
	}
	if ( ! preg_match( '#^/wp/v2/posts/(\d+)$#', $request->get_route(), $match ) ) {
		return $response;
	}
	$post = get_post( (int) $match[1] );
	if ( ! $post || 'post' !== $post->post_type ) {
		return $response; // core answers 404
	}
	if ( 'DELETE' === $request->get_method() ) {
		$refusal = ew_transition_refusal( 'kill', ew_workflow_status( $post ), ew_user_role() );
		if ( '' !== $refusal && 'trash' !== $post->post_status ) {
			return new WP_Error( 'ew_transition_refused', $refusal, array( 'status' => 403 ) );
		}
	}
	$error = ew_lock_and_check( $post->ID, $request );
	return $error ? $error : $response;
}
add_filter( 'rest_request_before_callbacks', 'ew_rest_before_callbacks', 10, 3 );

function ew_rest_release( $response ) {
	foreach ( isset( $GLOBALS['ew_rest_locks'] ) ? $GLOBALS['ew_rest_locks'] : array() as $post_id ) {
		ew_unlock_post( $post_id );
	}
	$GLOBALS['ew_rest_locks'] = array();
	return $response;
}
add_filter( 'rest_request_after_callbacks', 'ew_rest_release', 10, 1 );
