<?php
/**
 * Server-written records: the audit trail (ew_audit), editorial notes (ew_notes), the desk's note (ew_desk_note)
 * and the bookkeeping meta. Only the plugin writes them, from the authenticated user and the server's clock; they
 * only grow. Any other write (REST, XML-RPC custom fields, wp-admin's Custom Fields box, other code) is refused.
 */

defined( 'ABSPATH' ) || exit;

/** Meta only the plugin writes. */
function ew_server_owned_meta() {
	return array( 'ew_status', 'ew_audit', 'ew_notes', 'ew_desk_note', 'ew_version', 'ew_reviewed_hash', 'ew_updated_at' );
}

/** Refuse add/update/delete of server-owned meta from anything but the plugin itself. */
function ew_refuse_foreign_meta_write( $check, $object_id, $meta_key ) {
	if ( null === $check && in_array( $meta_key, ew_server_owned_meta(), true ) && ! ew_is_internal() ) {
		return false;
	}
	return $check;
}
add_filter( 'add_post_metadata', 'ew_refuse_foreign_meta_write', 1, 3 );
add_filter( 'update_post_metadata', 'ew_refuse_foreign_meta_write', 1, 3 );
add_filter( 'delete_post_metadata', 'ew_refuse_foreign_meta_write', 1, 3 );

/** A UTC time with milliseconds, as the app writes times. */
function ew_now_iso() {
	$now = microtime( true );
	return gmdate( 'Y-m-d\TH:i:s', (int) $now ) . sprintf( '.%03dZ', (int) ( ( $now - floor( $now ) ) * 1000 ) );
}

/** A client-proposed entry id (a uuid) if well-formed, else a new one. */
function ew_entry_id( $proposed ) {
	if ( is_string( $proposed ) && preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i', $proposed ) ) {
		return strtolower( $proposed );
	}
	return wp_generate_uuid4();
}

function ew_list_meta( $post_id, $key ) {
	$value = get_post_meta( $post_id, $key, true );
	return is_array( $value ) ? array_values( $value ) : array();
}

/** Whether the post's audit trail already holds an entry with this id (a transition retried). */
function ew_audit_has( $post_id, $entry_id ) {
	foreach ( ew_list_meta( $post_id, 'ew_audit' ) as $entry ) {
		if ( isset( $entry['id'] ) && $entry['id'] === $entry_id ) {
			return true;
		}
	}
	return false;
}

/**
 * Append one transition (or "corrected") to the post's audit trail, written by the server from the current user,
 * and keep ew_status, the desk's note and the reviewed-text hash in step. $extra: id, publish_at, reviewed_hash.
 */
function ew_record_transition( $post, $action, $from, $to, $note, array $extra = array() ) {
	$user  = wp_get_current_user();
	$entry = array(
		'id'         => ew_entry_id( isset( $extra['id'] ) ? $extra['id'] : null ),
		'who'        => $user->exists() ? $user->display_name : 'WordPress',
		'user'       => (int) $user->ID,
		'role'       => (string) ew_user_role(),
		'at'         => ew_now_iso(),
		'action'     => $action,
		'from'       => $from,
		'to'         => $to,
		'note'       => (string) $note,
		'publish_at' => isset( $extra['publish_at'] ) ? $extra['publish_at'] : null,
	);
	if ( 'approve' === $action ) {
		$fresh                  = get_post( $post->ID );
		$entry['reviewed_hash'] = isset( $extra['reviewed_hash'] ) ? $extra['reviewed_hash'] : ew_text_hash( $fresh->post_title, $fresh->post_content );
	}
	ew_as_server(
		function () use ( $post, $entry, $action, $to, $note ) {
			$trail   = ew_list_meta( $post->ID, 'ew_audit' );
			$trail[] = $entry;
			update_post_meta( $post->ID, 'ew_audit', wp_slash( $trail ) );
			if ( 'corrected' !== $action ) {
				update_post_meta( $post->ID, 'ew_status', $to );
			}
			if ( 'return' === $action ) {
				update_post_meta( $post->ID, 'ew_desk_note', wp_slash( (string) $note ) );
			} elseif ( 'submit' === $action ) {
				update_post_meta( $post->ID, 'ew_desk_note', '' );
			}
			if ( 'approve' === $action ) {
				update_post_meta( $post->ID, 'ew_reviewed_hash', $entry['reviewed_hash'] );
			}
		}
	);
	return $entry;
}

/** Append a note written by the current user, now. Returns the note as stored. */
function ew_append_note( $post_id, $text, $reply_to, $proposed_id ) {
	$user = wp_get_current_user();
	$note = array(
		'id'          => ew_entry_id( $proposed_id ),
		'author'      => (int) $user->ID,
		'author_name' => $user->display_name,
		'at'          => ew_now_iso(),
		'text'        => (string) $text,
		'reply_to'    => is_string( $reply_to ) && '' !== $reply_to ? $reply_to : null,
	);
	ew_as_server(
		function () use ( $post_id, $note ) {
			$notes   = ew_list_meta( $post_id, 'ew_notes' );
			$notes[] = $note;
			update_post_meta( $post_id, 'ew_notes', wp_slash( $notes ) );
		}
	);
	return $note;
}
