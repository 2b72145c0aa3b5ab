<?php
/** Meta: article fields on posts, photo fields on attachments; types, enums, sanitising and who may read what. */

defined( 'ABSPATH' ) || exit;

/** Whether the current user may edit the object the meta belongs to (auth_callback of the writable meta). */
function ew_can_edit_meta_object( $allowed, $meta_key, $object_id ) {
	return current_user_can( 'edit_post', (int) $object_id );
}

/** auth_callback of server-owned meta: nobody writes it through the meta APIs (REST, XML-RPC, Custom Fields). */
function ew_server_only( $allowed, $meta_key, $object_id ) {
	return false;
}

/** Valid UTF-8, otherwise untouched (the Markdown must round-trip byte-identical). */
function ew_sanitize_text_exact( $value ) {
	return wp_check_invalid_utf8( (string) $value );
}

/** One line of plain text. */
function ew_sanitize_line( $value ) {
	return sanitize_text_field( (string) $value );
}

/**
 * A photo's metadata (credit, creator...), kept as written: it is data, printed escaped (ew_text), so a credit such
 * as "Tom & Jerry <3", or one with a <script> in it, comes back to the app exactly. Valid UTF-8.
 */
function ew_sanitize_photo_text( $value ) {
	return wp_check_invalid_utf8( (string) $value );
}

/**
 * One line of text kept as written (the source line): data printed escaped (ew_text), so "Tom & Jerry <3" comes
 * back to the app exactly. Valid UTF-8; line breaks and tabs become spaces; trimmed.
 */
function ew_sanitize_plain_line( $value ) {
	return trim( preg_replace( '/[\r\n\t]+/', ' ', wp_check_invalid_utf8( (string) $value ) ) );
}

/** A BCP 47 language tag (en-GB, ru, az-Latn-AZ) or ''. */
function ew_sanitize_language( $value ) {
	$value = (string) $value;
	return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/', $value ) ? $value : '';
}

function ew_sanitize_uuid( $value ) {
	$value = (string) $value;
	return preg_match( '/^[A-Za-z0-9-]{1,64}$/', $value ) ? $value : '';
}

/** Related post ids: positive, unique, order kept. */
function ew_sanitize_related( $value ) {
	$ids = array();
	foreach ( (array) $value as $id ) {
		$id = absint( $id );
		if ( $id > 0 && ! in_array( $id, $ids, true ) ) {
			$ids[] = $id;
		}
	}
	return $ids;
}

function ew_sanitize_status( $value ) {
	return in_array( $value, ew_workflow()['statuses'], true ) ? $value : '';
}

function ew_sanitize_hash( $value ) {
	return preg_match( '/^[0-9a-f]{64}$/', (string) $value ) ? (string) $value : '';
}

/** Lists of server-written entries: arrays of arrays, nothing else. */
function ew_sanitize_entries( $value ) {
	return array_values( array_filter( (array) $value, 'is_array' ) );
}

/** The schema of one editorial note in ew_notes (written by the notes route only). */
function ew_note_schema() {
	return array(
		'type'       => 'object',
		'properties' => array(
			'id'          => array( 'type' => 'string' ),
			'author'      => array( 'type' => 'integer' ),
			'author_name' => array( 'type' => 'string' ),
			'at'          => array( 'type' => 'string' ),
			'text'        => array( 'type' => 'string' ),
			'reply_to'    => array( 'type' => array( 'string', 'null' ) ),
		),
	);
}

/** The schema of one audit-trail entry in ew_audit (written by the server only). */
function ew_audit_schema() {
	return array(
		'type'       => 'object',
		'properties' => array(
			'id'            => array( 'type' => 'string' ),
			'who'           => array( 'type' => 'string' ),
			'user'          => array( 'type' => 'integer' ),
			'role'          => array( 'type' => 'string' ),
			'at'            => array( 'type' => 'string' ),
			'action'        => array( 'type' => 'string' ),
			'from'          => array( 'type' => 'string' ),
			'to'            => array( 'type' => 'string' ),
			'note'          => array( 'type' => 'string' ),
			'publish_at'    => array( 'type' => array( 'string', 'null' ) ),
			'reviewed_hash' => array( 'type' => 'string' ),
		),
	);
}

/** register_post_meta arguments: $schema is the REST schema (type included), $edit_only hides it from view context. */
function ew_meta_args( array $schema, $sanitize, $default, $server_owned = false, $edit_only = false ) {
	$rest = array( 'schema' => $schema );
	if ( $edit_only ) {
		$rest['schema']['context'] = array( 'edit' );
	}
	return array(
		'type'              => $schema['type'],
		'single'            => true,
		'default'           => $default,
		'sanitize_callback' => $sanitize,
		'show_in_rest'      => $rest,
		'auth_callback'     => $server_owned ? 'ew_server_only' : 'ew_can_edit_meta_object',
	);
}

function ew_register_meta() {
	$string = array( 'type' => 'string' );
	register_post_meta( 'post', 'ew_markdown', ew_meta_args( $string, 'ew_sanitize_text_exact', '' ) );
	register_post_meta( 'post', 'ew_source_line', ew_meta_args( $string, 'ew_sanitize_plain_line', '' ) );
	register_post_meta(
		'post',
		'ew_client_uuid',
		ew_meta_args( array( 'type' => 'string', 'pattern' => '^([A-Za-z0-9-]{1,64})?$' ), 'ew_sanitize_uuid', '' )
	);
	register_post_meta(
		'post',
		'ew_language',
		ew_meta_args( array( 'type' => 'string', 'pattern' => '^([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3})?$' ), 'ew_sanitize_language', '' )
	);
	register_post_meta( 'post', 'ew_editors_choice', ew_meta_args( array( 'type' => 'boolean' ), 'rest_sanitize_boolean', false ) );
	register_post_meta(
		'post',
		'ew_related',
		ew_meta_args(
			array(
				'type'  => 'array',
				'items' => array(
					'type'    => 'integer',
					'minimum' => 1,
				),
			),
			'ew_sanitize_related',
			array()
		)
	);
	// Server-owned: read-only through every API, written by the plugin from the authenticated user.
	$statuses = array_merge( array( '' ), ew_workflow()['statuses'] );
	register_post_meta( 'post', 'ew_status', ew_meta_args( array( 'type' => 'string', 'enum' => $statuses ), 'ew_sanitize_status', '', true ) );
	register_post_meta( 'post', 'ew_version', ew_meta_args( array( 'type' => 'integer', 'minimum' => 0 ), 'absint', 0, true ) );
	register_post_meta( 'post', 'ew_updated_at', ew_meta_args( $string, 'ew_sanitize_line', '', true ) );
	register_post_meta(
		'post',
		'ew_reviewed_hash',
		ew_meta_args( array( 'type' => 'string', 'pattern' => '^([0-9a-f]{64})?$' ), 'ew_sanitize_hash', '', true, true )
	);
	register_post_meta( 'post', 'ew_desk_note', ew_meta_args( $string, 'sanitize_textarea_field', '', true, true ) );
	register_post_meta(
		'post',
		'ew_notes',
		ew_meta_args(
			array(
				'type'  => 'array',
				'items' => ew_note_schema(),
			),
			'ew_sanitize_entries',
			array(),
			true,
			true
		)
	);
	register_post_meta(
		'post',
		'ew_audit',
		ew_meta_args(
			array(
				'type'  => 'array',
				'items' => ew_audit_schema(),
			),
			'ew_sanitize_entries',
			array(),
			true,
			true
		)
	);
	foreach ( array( 'ew_credit', 'ew_creator', 'ew_copyright', 'ew_source', 'ew_instructions' ) as $key ) {
		register_post_meta( 'attachment', $key, ew_meta_args( $string, 'ew_sanitize_photo_text', '' ) );
	}
}
add_action( 'init', 'ew_register_meta' );

/** Meta that stays inside the newsroom (context=edit only, and removed below for users who cannot edit). */
function ew_private_meta() {
	return array( 'ew_notes', 'ew_audit', 'ew_desk_note', 'ew_reviewed_hash' );
}

/**
 * Newsroom-only meta is never sent to a user who cannot edit the post, except its own author (a reporter still
 * sees the notes and history of their published article, which they may no longer edit). Anonymous readers and
 * other colleagues never get them, whatever the context.
 */
function ew_hide_notes( $response, $post, $request = null ) {
	$data = $response->get_data();
	if ( ! isset( $data['meta'] ) || ! is_array( $data['meta'] ) || current_user_can( 'edit_post', $post->ID ) ) {
		return $response;
	}
	foreach ( ew_private_meta() as $key ) {
		unset( $data['meta'][ $key ] );
	}
	if ( is_user_logged_in() && (int) $post->post_author === get_current_user_id() && current_user_can( 'edit_posts' ) ) {
		foreach ( array( 'ew_notes', 'ew_audit' ) as $key ) {
			$data['meta'][ $key ] = ew_list_meta( $post->ID, $key );
		}
		$data['meta']['ew_desk_note'] = (string) get_post_meta( $post->ID, 'ew_desk_note', true );
	}
	$response->set_data( $data );
	return $response;
}
add_filter( 'rest_prepare_post', 'ew_hide_notes', 10, 3 );

/**
 * REST writes meta after the post itself: a server-owned key would be refused only once the post was already
 * written. Check it first: the same value sent back is dropped, a different one refuses the whole request.
 */
function ew_rest_strip_server_meta( $prepared_post, WP_REST_Request $request ) {
	$meta = $request['meta'];
	if ( is_wp_error( $prepared_post ) || ! is_array( $meta ) ) {
		return $prepared_post;
	}
	$post_id = empty( $prepared_post->ID ) ? 0 : (int) $prepared_post->ID;
	foreach ( ew_server_owned_meta() as $key ) {
		if ( ! array_key_exists( $key, $meta ) ) {
			continue;
		}
		$stored = $post_id ? get_post_meta( $post_id, $key, true ) : '';
		$same   = is_array( $meta[ $key ] ) || is_array( $stored )
			? wp_json_encode( $meta[ $key ] ) === wp_json_encode( $stored )
			: (string) $meta[ $key ] === (string) $stored;
		if ( ! $same ) {
			return new WP_Error(
				'ew_server_owned',
				"$key is written by the server: use the editorial-workstation/v1 transition and notes routes.",
				array(
					'status' => 403,
					'key'    => $key,
				)
			);
		}
		unset( $meta[ $key ] );
	}
	$request->set_param( 'meta', $meta );
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'ew_rest_strip_server_meta', 1, 2 );

/** On upload, the IPTC credit WordPress reads into image_meta.credit becomes ew_credit unless one was given. */
function ew_copy_iptc_credit( $data, $attachment_id ) {
	$credit = isset( $data['image_meta']['credit'] ) ? trim( (string) $data['image_meta']['credit'] ) : '';
	if ( '' !== $credit && '' === (string) get_post_meta( $attachment_id, 'ew_credit', true ) ) {
		update_post_meta( $attachment_id, 'ew_credit', wp_slash( $credit ) );
	}
	return $data;
}
add_filter( 'wp_update_attachment_metadata', 'ew_copy_iptc_credit', 10, 2 );
