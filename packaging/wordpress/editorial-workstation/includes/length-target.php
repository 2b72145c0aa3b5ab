<?php
/**
 * The length target the desk sets per article (`ew_length_target`: words, 0 = none, at most EW_LENGTH_TARGET_MAX).
 * Whoever may edit the post reads it (context=edit); only the desk (the newsroom role that approves, decided by
 * capabilities) sets or changes it, on every path. Sending the stored value back is always fine (the app sends
 * whole posts). A change by anyone else:
 * - REST (/wp/v2/posts meta): 403 `ew_length_target_desk_only` before anything is written;
 * - XML-RPC (wp.newPost, wp.editPost, metaWeblog.newPost, metaWeblog.editPost custom_fields): fault 403, nothing
 *   written;
 * - wp-admin's Custom Fields box in the edit form: the field is left as it was, the rest of the edit is saved (so
 *   the reporter's text is never lost) and the edit screen says so; its add/update/delete buttons (admin-ajax
 *   add-meta, delete-meta) answer 403 with the same sentence;
 * - any other code running for a signed-in user (meta_input, add/update/delete_post_meta): refused.
 */

defined( 'ABSPATH' ) || exit;

const EW_LENGTH_TARGET     = 'ew_length_target';
const EW_LENGTH_TARGET_MAX = 20000;

/** What a refused change is told. */
function ew_length_target_refusal() {
	return 'Only the desk can set or change the length target of an article.';
}

/** Whole words, 0 (none) to EW_LENGTH_TARGET_MAX. */
function ew_sanitize_length_target( $value ) {
	return max( 0, min( EW_LENGTH_TARGET_MAX, (int) $value ) );
}

/** Whether the current user may set the target of $post_id (the desk, on a post they may edit). */
function ew_may_set_length_target( $post_id ) {
	return 'desk' === ew_user_role() && ( ! $post_id || current_user_can( 'edit_post', (int) $post_id ) );
}

/** auth_callback: the meta capability WordPress checks on REST, XML-RPC and wp-admin's Custom Fields. */
function ew_length_target_auth( $allowed, $meta_key, $object_id ) {
	return ew_may_set_length_target( (int) $object_id );
}

function ew_stored_length_target( $post_id ) {
	return $post_id ? ew_sanitize_length_target( get_post_meta( (int) $post_id, EW_LENGTH_TARGET, true ) ) : 0;
}

/** Whether writing $value would change the post's stored target. */
function ew_length_target_changes( $post_id, $value ) {
	return ew_sanitize_length_target( $value ) !== ew_stored_length_target( $post_id );
}

function ew_register_length_target() {
	$args                  = ew_meta_args(
		array(
			'type'    => 'integer',
			'minimum' => 0,
			'maximum' => EW_LENGTH_TARGET_MAX,
		),
		'ew_sanitize_length_target',
		0,
		false,
		true
	);
	$args['auth_callback'] = 'ew_length_target_auth';
	register_post_meta( 'post', EW_LENGTH_TARGET, $args );
}
add_action( 'init', 'ew_register_length_target' );

/* ---------------------------------------------------------------------------------------------------------------
 * REST: refuse a change before the post is written; the same value sent back is dropped.
 * ------------------------------------------------------------------------------------------------------------ */

function ew_rest_guard_length_target( $prepared_post, WP_REST_Request $request ) {
	$meta = $request['meta'];
	if ( is_wp_error( $prepared_post ) || ! is_array( $meta ) || ! array_key_exists( EW_LENGTH_TARGET, $meta ) ) {
		return $prepared_post;
	}
	$post_id = empty( $prepared_post->ID ) ? 0 : (int) $prepared_post->ID;
	if ( ew_may_set_length_target( $post_id ) ) {
		return $prepared_post;
	}
	if ( ew_length_target_changes( $post_id, $meta[ EW_LENGTH_TARGET ] ) ) {
		return new WP_Error(
			'ew_length_target_desk_only',
			ew_length_target_refusal(),
			array(
				'status'        => 403,
				'length_target' => ew_stored_length_target( $post_id ),
			)
		);
	}
	unset( $meta[ EW_LENGTH_TARGET ] ); // unchanged: nothing to write (the meta capability would refuse it late)
	$request->set_param( 'meta', $meta );
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'ew_rest_guard_length_target', 9, 2 );

/* ---------------------------------------------------------------------------------------------------------------
 * XML-RPC: the custom fields of the four methods that write posts, checked before the method does anything.
 * ------------------------------------------------------------------------------------------------------------ */

/** [post id, content struct] of an XML-RPC call that writes a post, or null. */
function ew_xmlrpc_post_write( $method, $args ) {
	$args = (array) $args;
	switch ( $method ) {
		case 'wp.newPost':
			return array( 0, isset( $args[3] ) ? $args[3] : array() );
		case 'wp.editPost':
			return array( isset( $args[3] ) ? (int) $args[3] : 0, isset( $args[4] ) ? $args[4] : array() );
		case 'metaWeblog.newPost':
			return array( 0, isset( $args[3] ) ? $args[3] : array() );
		case 'metaWeblog.editPost':
			return array( isset( $args[0] ) ? (int) $args[0] : 0, isset( $args[3] ) ? $args[3] : array() );
	}
	return null;
}

/** Whether custom_fields (as set_custom_fields reads them) would change the target of $post_id. */
function ew_custom_fields_change_length_target( $post_id, $fields ) {
	foreach ( (array) $fields as $field ) {
		if ( ! is_array( $field ) ) {
			continue;
		}
		if ( isset( $field['id'] ) ) {
			$row = get_metadata_by_mid( 'post', (int) $field['id'] );
			if ( ! $row || (int) $row->post_id !== (int) $post_id ) {
				continue;
			}
			$key = isset( $field['key'] ) ? wp_unslash( $field['key'] ) : $row->meta_key;
			if ( EW_LENGTH_TARGET !== $key && EW_LENGTH_TARGET !== $row->meta_key ) {
				continue;
			}
			$value = isset( $field['key'] ) && isset( $field['value'] ) ? $field['value'] : 0; // no key: a delete
		} elseif ( isset( $field['key'] ) && EW_LENGTH_TARGET === wp_unslash( $field['key'] ) ) {
			$value = isset( $field['value'] ) ? $field['value'] : 0;
		} else {
			continue;
		}
		if ( ew_length_target_changes( $post_id, wp_unslash( $value ) ) ) {
			return true;
		}
	}
	return false;
}

function ew_xmlrpc_guard_length_target( $method, $args = array() ) {
	$write = ew_xmlrpc_post_write( $method, $args );
	if ( null === $write || ! is_array( $write[1] ) || empty( $write[1]['custom_fields'] ) ) {
		return;
	}
	list( $post_id, $struct ) = $write;
	if ( ! ew_may_set_length_target( $post_id ) && ew_custom_fields_change_length_target( $post_id, $struct['custom_fields'] ) ) {
		wp_die( esc_html( ew_length_target_refusal() ), 'Not allowed', array( 'response' => 403 ) );
	}
}
add_action( 'xmlrpc_call', 'ew_xmlrpc_guard_length_target', 10, 2 );

/* ---------------------------------------------------------------------------------------------------------------
 * wp-admin: the Custom Fields buttons (admin-ajax) are refused in words; the edit form keeps the rest of the edit.
 * ------------------------------------------------------------------------------------------------------------ */

/** admin-ajax add-meta / delete-meta on the target by someone who may not set it: 403 before core runs. */
function ew_ajax_guard_length_target() {
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- core checks the nonce next; this only refuses.
	$post_id = isset( $_POST['post_id'] ) ? (int) $_POST['post_id'] : 0;
	$keys    = array();
	foreach ( array( 'metakeyinput', 'metakeyselect' ) as $field ) {
		if ( isset( $_POST[ $field ] ) ) {
			$keys[] = trim( wp_unslash( (string) $_POST[ $field ] ) );
		}
	}
	$rows = isset( $_POST['meta'] ) && is_array( $_POST['meta'] ) ? wp_unslash( $_POST['meta'] ) : array();
	$mids = array_keys( $rows );
	if ( isset( $_POST['id'] ) ) {
		$mids[] = (int) $_POST['id']; // delete-meta
	}
	// phpcs:enable
	foreach ( $rows as $row ) {
		$keys[] = is_array( $row ) && isset( $row['key'] ) ? (string) $row['key'] : '';
	}
	foreach ( $mids as $mid ) {
		$row = get_metadata_by_mid( 'post', (int) $mid );
		if ( $row ) {
			$keys[]  = $row->meta_key;
			$post_id = (int) $row->post_id;
		}
	}
	if ( in_array( EW_LENGTH_TARGET, $keys, true ) && ! ew_may_set_length_target( $post_id ) ) {
		wp_die( esc_html( ew_length_target_refusal() ), 'Not allowed', array( 'response' => 403 ) );
	}
}
add_action( 'wp_ajax_add-meta', 'ew_ajax_guard_length_target', 0 );
add_action( 'wp_ajax_delete-meta', 'ew_ajax_guard_length_target', 0 );

/** Whether the edit form just posted asked for a target other than the stored one (so it was not taken). */
function ew_form_changed_length_target( $post_id ) {
	// phpcs:disable WordPress.Security.NonceVerification.Missing -- read after core checked the form's nonce.
	$wanted = array();
	foreach ( isset( $_POST['meta'] ) && is_array( $_POST['meta'] ) ? wp_unslash( $_POST['meta'] ) : array() as $mid => $row ) {
		$stored = get_metadata_by_mid( 'post', (int) $mid );
		if ( is_array( $row ) && isset( $row['value'] ) && ( ( $stored && EW_LENGTH_TARGET === $stored->meta_key ) || ( isset( $row['key'] ) && EW_LENGTH_TARGET === $row['key'] ) ) ) {
			$wanted[] = $row['value'];
		}
	}
	$key = isset( $_POST['metakeyinput'] ) && '' !== $_POST['metakeyinput'] ? $_POST['metakeyinput'] : ( isset( $_POST['metakeyselect'] ) ? $_POST['metakeyselect'] : '' );
	if ( EW_LENGTH_TARGET === trim( wp_unslash( (string) $key ) ) && isset( $_POST['metavalue'] ) ) {
		$wanted[] = wp_unslash( $_POST['metavalue'] );
	}
	// phpcs:enable
	foreach ( $wanted as $value ) {
		if ( ew_length_target_changes( $post_id, $value ) ) {
			return true;
		}
	}
	return false;
}

/** After a wp-admin save that asked for a target it could not set, the edit screen says so. */
function ew_form_length_target_notice_arg( $location, $post_id ) {
	if ( ! ew_may_set_length_target( $post_id ) && ew_form_changed_length_target( $post_id ) ) {
		$location = add_query_arg( 'ew_length_target', 'desk-only', $location );
	}
	return $location;
}
add_filter( 'redirect_post_location', 'ew_form_length_target_notice_arg', 10, 2 );

function ew_form_length_target_notice() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a notice flag in the redirect, nothing written.
	if ( isset( $_GET['ew_length_target'] ) && 'desk-only' === $_GET['ew_length_target'] ) {
		printf(
			'<div class="notice notice-warning ew-length-target-refused"><p>%s</p></div>',
			esc_html( ew_length_target_refusal() . ' Your other changes were saved; the length target was left as it was.' )
		);
	}
}
add_action( 'admin_notices', 'ew_form_length_target_notice' );

/* ---------------------------------------------------------------------------------------------------------------
 * Every other path: the meta API itself (meta_input, add/update/delete_post_meta, by meta id).
 * ------------------------------------------------------------------------------------------------------------ */

/** Refuse a change by a signed-in user who may not set the target (the plugin's own writes and cron pass). */
function ew_refused_length_target_write( $post_id, $value ) {
	return ! ew_is_internal() && is_user_logged_in() && ! ew_may_set_length_target( $post_id )
		&& ew_length_target_changes( $post_id, $value );
}

/** add_post_meta: refused as above; for a post that already has a target, an update (the meta is single). */
function ew_add_length_target( $check, $post_id, $meta_key, $meta_value ) {
	if ( null !== $check || EW_LENGTH_TARGET !== $meta_key ) {
		return $check;
	}
	if ( ew_refused_length_target_write( $post_id, $meta_value ) ) {
		return false;
	}
	global $wpdb;
	$existing = (int) $wpdb->get_var(
		$wpdb->prepare( "SELECT meta_id FROM {$wpdb->postmeta} WHERE post_id = %d AND meta_key = %s ORDER BY meta_id LIMIT 1", $post_id, EW_LENGTH_TARGET )
	);
	if ( $existing ) {
		update_post_meta( $post_id, EW_LENGTH_TARGET, $meta_value );
		return $existing;
	}
	return $check;
}
add_filter( 'add_post_metadata', 'ew_add_length_target', 5, 4 );

function ew_update_length_target( $check, $post_id, $meta_key, $meta_value ) {
	if ( null === $check && EW_LENGTH_TARGET === $meta_key && ew_refused_length_target_write( $post_id, $meta_value ) ) {
		return false;
	}
	return $check;
}
add_filter( 'update_post_metadata', 'ew_update_length_target', 5, 4 );

function ew_delete_length_target( $check, $post_id, $meta_key ) {
	if ( null === $check && EW_LENGTH_TARGET === $meta_key && ew_refused_length_target_write( $post_id, 0 ) ) {
		return false;
	}
	return $check;
}
add_filter( 'delete_post_metadata', 'ew_delete_length_target', 5, 3 );

/** By meta id (wp-admin's Custom Fields rows, XML-RPC custom_fields with an id). */
function ew_update_length_target_by_mid( $check, $meta_id, $meta_value, $meta_key = false ) {
	$row = get_metadata_by_mid( 'post', (int) $meta_id );
	if ( null !== $check || ! $row ) {
		return $check;
	}
	$renamed = false !== $meta_key && $meta_key !== $row->meta_key;
	if ( EW_LENGTH_TARGET === $row->meta_key || EW_LENGTH_TARGET === $meta_key ) {
		$value = EW_LENGTH_TARGET === $row->meta_key && $renamed ? 0 : $meta_value; // renamed away: removed
		if ( ew_refused_length_target_write( (int) $row->post_id, $value ) || ( $renamed && ew_refused_length_target_write( (int) $row->post_id, $meta_value ) ) ) {
			return false;
		}
	}
	return $check;
}
add_filter( 'update_post_metadata_by_mid', 'ew_update_length_target_by_mid', 5, 4 );

function ew_delete_length_target_by_mid( $check, $meta_id ) {
	$row = get_metadata_by_mid( 'post', (int) $meta_id );
	if ( null === $check && $row && EW_LENGTH_TARGET === $row->meta_key && ew_refused_length_target_write( (int) $row->post_id, 0 ) ) {
		return false;
	}
	return $check;
}
add_filter( 'delete_post_metadata_by_mid', 'ew_delete_length_target_by_mid', 5, 2 );

/**
 * A target changed outside a post write (admin-ajax, or metaWeblog custom fields written after the post): the post
 * is touched, so its version and modified time move and the apps' incremental pulls bring the new target.
 */
function ew_length_target_written( $meta_id, $post_id, $meta_key ) {
	if ( EW_LENGTH_TARGET === $meta_key && ! ew_is_rest() && ! ew_is_internal() && 'post' === get_post_type( $post_id ) ) {
		ew_as_server(
			function () use ( $post_id ) {
				ew_touch_post( (int) $post_id );
			}
		);
	}
}
add_action( 'added_post_meta', 'ew_length_target_written', 10, 3 );
add_action( 'updated_post_meta', 'ew_length_target_written', 10, 3 );
add_action( 'deleted_post_meta', 'ew_length_target_written', 10, 3 );
