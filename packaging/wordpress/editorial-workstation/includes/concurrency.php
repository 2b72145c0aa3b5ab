<?php
/** Optimistic concurrency: a stale update is refused instead of silently overwriting someone else's change. */

defined( 'ABSPATH' ) || exit;

/* ---------------------------------------------------------------------------------------------------------------
 * Optimistic concurrency: a stale update gets 412 instead of silently overwriting someone else's change.
 * ------------------------------------------------------------------------------------------------------------ */

/**
 * A post's modified_gmt as the REST API reports it (MySQL format). New drafts and pending posts store
 * 0000-00-00 00:00:00 in post_modified_gmt; like core, derive it from post_modified and the site's offset.
 */
function ew_post_modified_gmt( WP_Post $post ) {
	if ( '0000-00-00 00:00:00' === $post->post_modified_gmt ) {
		return gmdate( 'Y-m-d H:i:s', strtotime( $post->post_modified ) - (int) ( (float) get_option( 'gmt_offset' ) * 3600 ) );
	}
	return $post->post_modified_gmt;
}

/** The Unix time a client expects the post to have been modified at, null if it sent none, WP_Error if garbled. */
function ew_expected_modified( WP_REST_Request $request ) {
	$meta     = $request['meta'];
	$expected = $request['ew_expected_modified_gmt'];
	if ( null === $expected && is_array( $meta ) && isset( $meta['ew_expected_modified_gmt'] ) ) {
		$expected = $meta['ew_expected_modified_gmt'];
	}
	if ( is_string( $expected ) && '' !== $expected ) {
		// The REST API writes modified_gmt without an offset; it is UTC.
		$has_zone = (bool) preg_match( '/(Z|[+-]\d\d:?\d\d)$/i', $expected );
		$time     = strtotime( $has_zone ? $expected : $expected . 'Z' );
		if ( false === $time ) {
			return new WP_Error( 'rest_invalid_param', 'ew_expected_modified_gmt is not a date.', array( 'status' => 400 ) );
		}
		return $time;
	}
	$header = $request->get_header( 'if_unmodified_since' );
	if ( null !== $header && '' !== $header ) {
		$time = strtotime( $header );
		if ( false === $time ) {
			return new WP_Error( 'rest_invalid_param', 'If-Unmodified-Since is not an HTTP date.', array( 'status' => 400 ) );
		}
		return $time;
	}
	return null;
}

/**
 * Refuse an update whose expected modification time is older than the stored one (1-second resolution, like the
 * REST API's dates). The check and the write are not atomic: two updates within the same request window can both
 * pass. That is good enough to stop the common case, a client working from an old copy.
 */
function ew_check_precondition( $prepared_post, WP_REST_Request $request ) {
	if ( is_wp_error( $prepared_post ) || empty( $prepared_post->ID ) ) {
		return $prepared_post;
	}
	$expected = ew_expected_modified( $request );
	if ( null === $expected || is_wp_error( $expected ) ) {
		return null === $expected ? $prepared_post : $expected;
	}
	$post    = get_post( $prepared_post->ID );
	$stored  = ew_post_modified_gmt( $post );
	$current = strtotime( $stored . 'Z' );
	if ( $expected < $current ) {
		return new WP_Error(
			'rest_precondition_failed',
			'Someone changed this item on the server after your copy was taken. Reload it and merge your changes.',
			array(
				'status'       => 412,
				'modified_gmt' => mysql_to_rfc3339( $stored ),
			)
		);
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'ew_check_precondition', 5, 2 );
add_filter( 'rest_pre_insert_attachment', 'ew_check_precondition', 5, 2 );
