<?php
/** Meta: article fields on posts, photo fields on attachments, and who may read the newsroom's notes. */

defined( 'ABSPATH' ) || exit;

/* ---------------------------------------------------------------------------------------------------------------
 * Meta: article fields on posts, photo fields on attachments.
 * ------------------------------------------------------------------------------------------------------------ */

/** Whether the current user may edit the object the meta belongs to (used as every meta's auth_callback). */
function ew_can_edit_meta_object( $allowed, $meta_key, $object_id ) {
	return current_user_can( 'edit_post', (int) $object_id );
}

/** The schema of one editorial note in ew_notes. */
function ew_note_schema() {
	return array(
		'type'                 => 'object',
		'additionalProperties' => false,
		'properties'           => array(
			'id'          => array( 'type' => 'string' ),
			'author'      => array( 'type' => 'integer' ),
			'author_name' => array( 'type' => 'string' ),
			'at'          => array( 'type' => 'string' ),
			'text'        => array( 'type' => 'string' ),
			'reply_to'    => array( 'type' => array( 'string', 'null' ) ),
		),
		'required'             => array( 'id', 'author', 'at', 'text' ),
	);
}

/** The schema of one audit-trail entry in ew_audit: a workflow transition, who made it, when, and the note. */
function ew_audit_schema() {
	return array(
		'type'                 => 'object',
		'additionalProperties' => false,
		'properties'           => array(
			'id'         => array( 'type' => 'string' ),
			'who'        => array( 'type' => 'string' ),
			'at'         => array( 'type' => 'string' ),
			'action'     => array( 'type' => 'string' ),
			'from'       => array( 'type' => 'string' ),
			'to'         => array( 'type' => 'string' ),
			'note'       => array( 'type' => 'string' ),
			'publish_at' => array( 'type' => array( 'string', 'null' ) ),
		),
		'required'             => array( 'id', 'who', 'at', 'from', 'to' ),
	);
}

function ew_register_meta() {
	$string = array(
		'type'          => 'string',
		'single'        => true,
		'default'       => '',
		'show_in_rest'  => true,
		'auth_callback' => 'ew_can_edit_meta_object',
	);
	// ew_status: the app's workflow status (returned and draft are both WordPress drafts); ew_desk_note: the
	// desk's note to the reporter on a returned article.
	foreach ( array( 'ew_markdown', 'ew_source_line', 'ew_client_uuid', 'ew_status', 'ew_desk_note' ) as $key ) {
		register_post_meta( 'post', $key, $string );
	}
	register_post_meta(
		'post',
		'ew_editors_choice',
		array(
			'type'          => 'boolean',
			'single'        => true,
			'default'       => false,
			'show_in_rest'  => true,
			'auth_callback' => 'ew_can_edit_meta_object',
		)
	);
	register_post_meta(
		'post',
		'ew_related',
		array(
			'type'          => 'array',
			'single'        => true,
			'default'       => array(),
			'show_in_rest'  => array(
				'schema' => array(
					'type'  => 'array',
					'items' => array( 'type' => 'integer' ),
				),
			),
			'auth_callback' => 'ew_can_edit_meta_object',
		)
	);
	// Editorial notes: only in context=edit (and removed again below for users who cannot edit the post).
	register_post_meta(
		'post',
		'ew_notes',
		array(
			'type'          => 'array',
			'single'        => true,
			'default'       => array(),
			'show_in_rest'  => array(
				'schema' => array(
					'type'    => 'array',
					'items'   => ew_note_schema(),
					'context' => array( 'edit' ),
				),
			),
			'auth_callback' => 'ew_can_edit_meta_object',
		)
	);
	// The audit trail of workflow transitions: like the notes, only in context=edit.
	register_post_meta(
		'post',
		'ew_audit',
		array(
			'type'          => 'array',
			'single'        => true,
			'default'       => array(),
			'show_in_rest'  => array(
				'schema' => array(
					'type'    => 'array',
					'items'   => ew_audit_schema(),
					'context' => array( 'edit' ),
				),
			),
			'auth_callback' => 'ew_can_edit_meta_object',
		)
	);
	foreach ( array( 'ew_credit', 'ew_creator', 'ew_copyright', 'ew_source', 'ew_instructions' ) as $key ) {
		register_post_meta( 'attachment', $key, $string );
	}
}
add_action( 'init', 'ew_register_meta' );

/**
 * Editorial notes and the audit trail stay inside the newsroom: never sent to a user who cannot edit the post,
 * except its own author reading it in view context (a reporter still sees the history of their published
 * article, which they may no longer edit). Anonymous readers and other colleagues never get them.
 */
function ew_hide_notes( $response, $post, $request = null ) {
	$data = $response->get_data();
	if ( ! isset( $data['meta'] ) || ! is_array( $data['meta'] ) ) {
		return $response;
	}
	if ( current_user_can( 'edit_post', $post->ID ) ) {
		return $response;
	}
	unset( $data['meta']['ew_notes'], $data['meta']['ew_audit'] );
	if ( is_user_logged_in() && (int) $post->post_author === get_current_user_id() && current_user_can( 'edit_posts' ) ) {
		foreach ( array( 'ew_notes', 'ew_audit' ) as $key ) {
			$value              = get_post_meta( $post->ID, $key, true );
			$data['meta'][ $key ] = is_array( $value ) ? array_values( $value ) : array();
		}
	}
	$response->set_data( $data );
	return $response;
}
add_filter( 'rest_prepare_post', 'ew_hide_notes', 10, 3 );

/** On upload, the IPTC credit WordPress reads into image_meta.credit becomes ew_credit unless one was given. */
function ew_copy_iptc_credit( $data, $attachment_id ) {
	$credit = isset( $data['image_meta']['credit'] ) ? trim( (string) $data['image_meta']['credit'] ) : '';
	if ( '' !== $credit && '' === (string) get_post_meta( $attachment_id, 'ew_credit', true ) ) {
		update_post_meta( $attachment_id, 'ew_credit', wp_slash( $credit ) );
	}
	return $data;
}
add_filter( 'wp_update_attachment_metadata', 'ew_copy_iptc_credit', 10, 2 );
