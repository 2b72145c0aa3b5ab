<?php
/**
 * The routes through which the workflow and the notes change:
 *   POST editorial-workstation/v1/posts/<id>/transition {action, note?, at?, reviewed_hash?, id?}
 *   POST editorial-workstation/v1/posts/<id>/notes      {text, reply_to?, id?}
 * Both take the post's lock and its If-Match version like any write, write the entry from the authenticated user and
 * the server's clock, bump the version and answer with the post as GET /wp/v2/posts/<id>?context=edit shows it.
 * `id` is the client's uuid for the entry: a retry of an entry already recorded changes nothing and answers 200.
 */

defined( 'ABSPATH' ) || exit;

function ew_register_workflow_routes() {
	$id_arg = array(
		'type'    => 'string',
		'pattern' => '^[0-9a-fA-F-]{36}$',
	);
	register_rest_route(
		EW_REST_NAMESPACE,
		'/posts/(?P<post>\d+)/transition',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'ew_rest_transition',
			'permission_callback' => 'ew_can_work_on_post',
			'args'                => array(
				'action'        => array(
					'type'     => 'string',
					'required' => true,
					'enum'     => wp_list_pluck( ew_workflow()['transitions'], 'name' ),
				),
				'note'          => array(
					'type'    => 'string',
					'default' => '',
				),
				'at'            => array(
					'type'   => 'string',
					'format' => 'date-time',
				),
				'reviewed_hash' => array(
					'type'    => 'string',
					'pattern' => '^[0-9a-f]{64}$',
				),
				'id'            => $id_arg,
			),
		)
	);
	register_rest_route(
		EW_REST_NAMESPACE,
		'/posts/(?P<post>\d+)/notes',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'ew_rest_add_note',
			'permission_callback' => 'ew_can_work_on_post',
			'args'                => array(
				'text'     => array(
					'type'      => 'string',
					'required'  => true,
					'minLength' => 1,
				),
				'reply_to' => array( 'type' => array( 'string', 'null' ) ),
				'id'       => $id_arg,
			),
		)
	);
}

/** Signed in, and the post is one the user may edit (or wrote: a reporter notes on their published article). */
function ew_can_work_on_post( WP_REST_Request $request ) {
	if ( ! is_user_logged_in() ) {
		return new WP_Error( 'rest_not_logged_in', 'You are not currently logged in.', array( 'status' => 401 ) );
	}
	$post = get_post( (int) $request['post'] );
	if ( ! $post || 'post' !== $post->post_type ) {
		return new WP_Error( 'rest_post_invalid_id', 'Invalid post ID.', array( 'status' => 404 ) );
	}
	if ( current_user_can( 'edit_post', $post->ID ) || (int) $post->post_author === get_current_user_id() ) {
		return true;
	}
	return new WP_Error( 'rest_cannot_edit', 'Sorry, you are not allowed to work on this post.', array( 'status' => 403 ) );
}

/** The post as the REST API shows it to this user in edit context. */
function ew_post_response( $post_id, $status = 200 ) {
	$request = new WP_REST_Request( 'GET', '/wp/v2/posts/' . (int) $post_id );
	$request->set_query_params( array( 'context' => 'edit' ) );
	$response = rest_do_request( $request );
	return new WP_REST_Response( $response->get_data(), $response->is_error() ? $response->get_status() : $status );
}

function ew_rest_transition( WP_REST_Request $request ) {
	$post_id = (int) $request['post'];
	$error   = ew_lock_and_check( $post_id, $request );
	if ( $error ) {
		return $error;
	}
	if ( null !== $request['id'] && ew_audit_has( $post_id, strtolower( $request['id'] ) ) ) {
		return ew_post_response( $post_id ); // a retry of a transition already made
	}
	$post       = get_post( $post_id );
	$action     = (string) $request['action'];
	$role       = ew_user_role();
	$transition = ew_transition( $action );
	$from       = ew_transition_source( $post, ew_workflow_status( $post ), $transition );
	$refusal    = ew_transition_refusal( $action, $from, $role );
	if ( '' !== $refusal ) {
		$status = in_array( $from, $transition['sources'], true ) ? 403 : 409;
		return new WP_Error( 'ew_transition_refused', $refusal, array( 'status' => $status, 'from' => $from ) );
	}
	$note = trim( (string) $request['note'] );
	if ( $transition['needs_note'] && '' === $note ) {
		return new WP_Error( 'ew_note_required', "A note for the reporter is required to $action an article.", array( 'status' => 400 ) );
	}
	$extra = array( 'id' => $request['id'] );
	$hash  = ew_text_hash( $post->post_title, $post->post_content );
	if ( 'approve' === $action ) {
		if ( ! $request['reviewed_hash'] ) {
			return new WP_Error( 'ew_reviewed_hash_required', 'An approval must name the text the desk read (reviewed_hash).', array( 'status' => 400 ) );
		}
		if ( $request['reviewed_hash'] !== $hash ) {
			return new WP_Error(
				'ew_text_changed',
				'The text changed on the server after you reviewed it: read the new version, then approve again.',
				array( 'status' => 409 )
			);
		}
		$extra['reviewed_hash'] = $hash;
	}
	if ( 'publish' === $action && (string) get_post_meta( $post_id, 'ew_reviewed_hash', true ) !== $hash ) {
		return ew_text_changed_error();
	}
	$fields = array();
	if ( $transition['needs_time'] ) {
		$when = $request['at'] ? strtotime( $request['at'] ) : false;
		if ( false === $when || $when <= time() ) {
			return new WP_Error( 'ew_time_required', 'Give a publication time in the future, with its time zone.', array( 'status' => 400 ) );
		}
		$fields = array(
			'post_date_gmt' => gmdate( 'Y-m-d H:i:s', $when ),
			'post_date'     => get_date_from_gmt( gmdate( 'Y-m-d H:i:s', $when ) ),
			'edit_date'     => true,
		);
		$extra['publish_at'] = gmdate( 'Y-m-d\TH:i:s.000\Z', $when );
	} elseif ( 'publish' === $action ) {
		$fields = array(
			'post_date_gmt' => current_time( 'mysql', true ),
			'post_date'     => current_time( 'mysql' ),
			'edit_date'     => true,
		);
	}
	$applied = ew_as_server(
		function () use ( $post, $transition, $fields ) {
			return ew_apply_status( $post, ew_workflow()['to_remote'][ $transition['target'] ], $fields );
		}
	);
	if ( is_wp_error( $applied ) ) {
		return $applied;
	}
	ew_record_transition( get_post( $post_id ), $action, $from, $transition['target'], $note, $extra );
	return ew_post_response( $post_id );
}

/** Give the post its new WordPress status (and date), as the plugin: trash and untrash go through core's functions. */
function ew_apply_status( WP_Post $post, $wp_status, array $fields ) {
	if ( 'trash' === $wp_status ) {
		return wp_trash_post( $post->ID ) ? true : new WP_Error( 'ew_trash_failed', 'The post could not be moved to the trash.', array( 'status' => 500 ) );
	}
	if ( 'trash' === $post->post_status ) {
		wp_untrash_post( $post->ID );
		$post = get_post( $post->ID );
	}
	if ( $post->post_status === $wp_status && ! $fields ) {
		ew_touch_post( $post->ID ); // same WordPress status (take, approve...): still a change others must pull
		return true;
	}
	$result = wp_update_post( array_merge( array( 'ID' => $post->ID, 'post_status' => $wp_status ), $fields ), true );
	return is_wp_error( $result ) ? $result : true;
}

function ew_rest_add_note( WP_REST_Request $request ) {
	$post_id = (int) $request['post'];
	$error   = ew_lock_and_check( $post_id, $request );
	if ( $error ) {
		return $error;
	}
	$proposed = null === $request['id'] ? null : strtolower( $request['id'] );
	foreach ( ew_list_meta( $post_id, 'ew_notes' ) as $note ) {
		if ( null !== $proposed && isset( $note['id'] ) && $note['id'] === $proposed ) {
			return ew_post_response( $post_id ); // a retry of a note already added
		}
	}
	$text = trim( (string) $request['text'] );
	if ( '' === $text ) {
		return new WP_Error( 'ew_note_empty', 'The note is empty.', array( 'status' => 400 ) );
	}
	ew_append_note( $post_id, $text, $request['reply_to'], $proposed );
	ew_touch_post( $post_id );
	return ew_post_response( $post_id, 201 );
}
