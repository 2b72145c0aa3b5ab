<?php
/**
 * The desk workflow, enforced by the server: one transition table (workflow.json, generated from the app's
 * editor_app/domain/workflow.py), newsroom roles decided by capabilities, and one guard that every write path
 * (REST, XML-RPC, wp-admin forms, Quick Edit) passes through.
 */

defined( 'ABSPATH' ) || exit;

/** The table shipped beside this folder (see workflow.json's generated_by). */
function ew_workflow() {
	static $table = null;
	if ( null === $table ) {
		$table = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/workflow.json' ), true );
		if ( ! is_array( $table ) ) {
			$table = array(
				'statuses'    => array(),
				'to_remote'   => array(),
				'local_only'  => array(),
				'from_remote' => array(),
				'roles'       => array(),
				'transitions' => array(),
				'editable'    => array(),
			);
		}
	}
	return $table;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Internal writes: the plugin's own code may change status and server-owned meta; nobody else may.
 * ------------------------------------------------------------------------------------------------------------ */

/** Run $callback as the plugin itself (guards step aside, server-owned meta may be written). */
function ew_as_server( $callback ) {
	$GLOBALS['ew_internal_depth'] = ew_internal_depth() + 1;
	try {
		return $callback();
	} finally {
		--$GLOBALS['ew_internal_depth'];
	}
}

function ew_internal_depth() {
	return isset( $GLOBALS['ew_internal_depth'] ) ? (int) $GLOBALS['ew_internal_depth'] : 0;
}

function ew_is_internal() {
	return ew_internal_depth() > 0;
}

/* ---------------------------------------------------------------------------------------------------------------
 * Roles by capability and the workflow status of a post.
 * ------------------------------------------------------------------------------------------------------------ */

/** The newsroom role (desk, photo_editor, reporter) of a user by what they may do, or null. */
function ew_user_role( $user_id = null ) {
	$user = null === $user_id ? wp_get_current_user() : get_userdata( (int) $user_id );
	if ( ! $user || ! $user->exists() ) {
		return null;
	}
	foreach ( ew_workflow()['roles'] as $row ) {
		$all = true;
		foreach ( $row['capabilities'] as $cap ) {
			$all = $all && user_can( $user, $cap );
		}
		if ( $all ) {
			return $row['role'];
		}
	}
	return null;
}

/** The app's workflow status of a post: its ew_status when that agrees with the WordPress status, else the plain reading. */
function ew_workflow_status( $post ) {
	$table  = ew_workflow();
	$wp     = $post ? $post->post_status : 'draft';
	$stored = $post ? (string) get_post_meta( $post->ID, 'ew_status', true ) : '';
	if ( '' !== $stored && isset( $table['to_remote'][ $stored ] ) && $table['to_remote'][ $stored ] === $wp ) {
		return $stored;
	}
	return isset( $table['from_remote'][ $wp ] ) ? $table['from_remote'][ $wp ] : 'draft';
}

/**
 * Where transition $transition starts for $post, whose workflow status reads $from. A local-only status (the app's
 * archive: published elsewhere, never held by the site) arrives as a new post in its arrival status with no audit
 * trail; the first transition of such a post may start from the local status. A post that has been through the
 * workflow here always starts from its own status.
 */
function ew_transition_source( $post, $from, $transition ) {
	if ( ! $transition || ew_list_meta( $post->ID, 'ew_audit' ) ) {
		return $from;
	}
	$local_only = isset( ew_workflow()['local_only'] ) ? ew_workflow()['local_only'] : array();
	foreach ( $local_only as $local => $arrives_as ) {
		if ( in_array( $local, $transition['sources'], true ) && $arrives_as === $post->post_status ) {
			return $local;
		}
	}
	return $from;
}

function ew_transition( $name ) {
	foreach ( ew_workflow()['transitions'] as $transition ) {
		if ( $transition['name'] === $name ) {
			return $transition;
		}
	}
	return null;
}

/** Why $role may not make transition $name from $from, or '' when it may. */
function ew_transition_refusal( $name, $from, $role ) {
	$transition = ew_transition( $name );
	if ( ! $transition ) {
		return "Unknown action '$name'.";
	}
	if ( ! in_array( $from, $transition['sources'], true ) ) {
		return "Cannot $name an article that is " . str_replace( '_', ' ', $from ) . '.';
	}
	if ( ! $role || ! in_array( $role, $transition['roles'], true ) ) {
		$who = $role ? str_replace( '_', ' ', $role ) : 'user without a newsroom role';
		return "A $who cannot $name articles.";
	}
	return '';
}

/** Whether $role may change the text of an article in workflow status $status. */
function ew_is_editable( $status, $role ) {
	$editable = ew_workflow()['editable'];
	return $role && isset( $editable[ $role ] ) && in_array( $status, $editable[ $role ], true );
}

/**
 * The transitions that take an article from workflow status $from to WordPress status $wp_status for $role, for a
 * write that names only the WordPress status (wp-admin, XML-RPC, a plain REST update): the shortest chain of at
 * most three (the desk's create-and-publish is submit, approve, publish). Transitions that need a note cannot be
 * made this way. Array of names, or null.
 */
function ew_transition_path( $from, $wp_status, $role ) {
	$to_remote = ew_workflow()['to_remote'];
	$usable    = array();
	foreach ( ew_workflow()['transitions'] as $t ) {
		if ( ! $t['needs_note'] && $role && in_array( $role, $t['roles'], true ) ) {
			$usable[] = $t;
		}
	}
	$frontier = array( array( $from, array() ) );
	$seen     = array( $from => true );
	for ( $depth = 0; $depth < 3; $depth++ ) {
		$next = array();
		foreach ( $frontier as list( $status, $path ) ) {
			foreach ( $usable as $t ) {
				if ( ! in_array( $status, $t['sources'], true ) ) {
					continue;
				}
				$chain = array_merge( $path, array( $t['name'] ) );
				if ( $to_remote[ $t['target'] ] === $wp_status ) {
					return $chain;
				}
				if ( empty( $seen[ $t['target'] ] ) ) {
					$seen[ $t['target'] ] = true;
					$next[]               = array( $t['target'], $chain );
				}
			}
		}
		$frontier = $next;
	}
	return null;
}

/** What the desk reads and approves, as a hash: sha256 of the stored title, a newline, the stored content. */
function ew_text_hash( $title, $content ) {
	return hash( 'sha256', (string) $title . "\n" . (string) $content );
}

/* ---------------------------------------------------------------------------------------------------------------
 * The guard: one check for every path.
 * ------------------------------------------------------------------------------------------------------------ */

/**
 * Check a write of post fields ($data: post_status, post_title, post_content, post_excerpt, post_author,
 * post_password, unslashed) over $old (null for a create) by the current user. Returns a WP_Error (403 or 409) or
 * an array: 'path' (transition names the status change amounts to), 'from' (the workflow status before).
 */
function ew_check_write( $old, array $data ) {
	$role     = ew_user_role();
	$from     = $old ? ew_workflow_status( $old ) : 'draft';
	$old_wp   = $old ? $old->post_status : 'draft';
	$old_wp   = 'auto-draft' === $old_wp ? 'draft' : $old_wp;
	$new_wp   = isset( $data['post_status'] ) ? (string) $data['post_status'] : $old_wp;
	$new_wp   = 'auto-draft' === $new_wp ? 'draft' : $new_wp;
	$path     = array();
	$mine     = $old ? (int) $old->post_author === get_current_user_id() : true;
	$changed  = array();
	foreach ( array( 'post_title', 'post_content', 'post_excerpt', 'post_author', 'post_password' ) as $field ) {
		if ( $old && isset( $data[ $field ] ) && (string) $data[ $field ] !== (string) $old->$field ) {
			$changed[] = $field;
		}
	}
	if ( 'photo_editor' === $role && ! $mine && ( $changed || $new_wp !== $old_wp ) ) {
		return new WP_Error(
			'ew_photo_editor_text',
			'As photo editor you can change the photos of this article, not its text or status.',
			array( 'status' => 403, 'fields' => $changed ? $changed : array( 'status' ) )
		);
	}
	if ( $changed && ! ew_is_editable( $from, $role ) ) {
		$label = str_replace( '_', ' ', $from );
		$why   = 'published' === $from || 'approved' === $from || 'scheduled' === $from
			? "This article is $label: only the desk can change it now."
			: "A " . str_replace( '_', ' ', (string) $role ) . " cannot change $label articles.";
		return new WP_Error( 'ew_not_editable', $why, array( 'status' => 403 ) );
	}
	if ( $new_wp !== $old_wp ) {
		$path = ew_transition_path( $from, $new_wp, $role );
		if ( null === $path ) {
			return new WP_Error(
				'ew_transition_refused',
				sprintf(
					'The desk workflow does not let a %s move this article from %s to %s.',
					$role ? str_replace( '_', ' ', $role ) : 'user without a newsroom role',
					str_replace( '_', ' ', $from ),
					$new_wp
				),
				array( 'status' => 403 )
			);
		}
		if ( in_array( 'publish', $path, true ) && ! in_array( 'approve', $path, true ) ) {
			$title   = isset( $data['post_title'] ) ? $data['post_title'] : $old->post_title;
			$content = isset( $data['post_content'] ) ? $data['post_content'] : $old->post_content;
			if ( (string) get_post_meta( $old->ID, 'ew_reviewed_hash', true ) !== ew_text_hash( $title, $content ) ) {
				return ew_text_changed_error();
			}
		}
	}
	return array(
		'path' => $path,
		'from' => $from,
	);
}

function ew_text_changed_error() {
	return new WP_Error(
		'ew_text_changed',
		'The text changed after the desk approved it: it must be reviewed and approved again before it is published.',
		array( 'status' => 409 )
	);
}

/** The transitions accepted by the guard, waiting for the post to be written (keyed by post id; 0 for a create). */
function ew_pending_paths( $key = null, $value = null ) {
	static $paths = array();
	if ( null !== $value ) {
		$paths[ $key ] = $value;
	} elseif ( null !== $key && isset( $paths[ $key ] ) ) {
		$found = $paths[ $key ];
		unset( $paths[ $key ] );
		return $found;
	}
	return null;
}

/** The fields of wp_insert_post_data's $data as the guard compares them (unslashed). */
function ew_guard_fields( array $data ) {
	$fields = array();
	foreach ( array( 'post_status', 'post_title', 'post_content', 'post_excerpt', 'post_author', 'post_password' ) as $key ) {
		if ( array_key_exists( $key, $data ) ) {
			$fields[ $key ] = wp_unslash( $data[ $key ] );
		}
	}
	return $fields;
}

/**
 * Every path: wp_insert_post_data runs for REST, XML-RPC (wp.newPost, wp.editPost), the wp-admin edit form and
 * Quick Edit. A refused change stops the request before anything is written. REST refuses earlier, with a JSON
 * error, in ew_rest_guard(); here a stock author's "Publish" from wp-admin or XML-RPC becomes a submission.
 */
function ew_guard_insert_post_data( $data, $postarr, $unsanitized = array(), $update = false ) {
	if ( 'post' !== $data['post_type'] ) {
		return $data;
	}
	$id = $update && ! empty( $postarr['ID'] ) ? (int) $postarr['ID'] : 0;
	if ( $id ) {
		ew_lock_post( $id ); // held until the version is bumped (ew_after_write)
	}
	if ( ew_is_internal() ) {
		return $data;
	}
	$old = $id ? get_post( $id ) : null;
	if ( $old && 'auto-draft' === $old->post_status ) {
		$old = null; // the first real save of a post wp-admin opened as an auto-draft is its creation
	}
	$fields = ew_guard_fields( $data );
	$result = ew_check_write( $old, $fields );
	if ( is_wp_error( $result ) && 'ew_transition_refused' === $result->get_error_code()
		&& in_array( $fields['post_status'], array( 'publish', 'future' ), true ) && ! ew_is_rest() ) {
		$fields['post_status'] = 'pending';
		$retry                 = ew_check_write( $old, $fields );
		if ( ! is_wp_error( $retry ) ) {
			$data['post_status'] = 'pending'; // like a contributor's "Publish": it goes to the desk
			$result              = $retry;
		}
	}
	if ( is_wp_error( $result ) ) {
		wp_die( esc_html( $result->get_error_message() ), 'Not allowed', array( 'response' => (int) $result->get_error_data()['status'] ) );
	}
	ew_pending_paths( $id, $result );
	return $data;
}
add_filter( 'wp_insert_post_data', 'ew_guard_insert_post_data', 20, 4 );

function ew_is_rest() {
	return defined( 'REST_REQUEST' ) && REST_REQUEST;
}

/** REST refuses before anything is written (meta and terms are written after the post). */
function ew_rest_guard( $prepared_post, WP_REST_Request $request ) {
	if ( is_wp_error( $prepared_post ) || ew_is_internal() ) {
		return $prepared_post;
	}
	$old    = empty( $prepared_post->ID ) ? null : get_post( $prepared_post->ID );
	$fields = array();
	foreach ( array( 'post_status', 'post_title', 'post_content', 'post_excerpt', 'post_author', 'post_password' ) as $key ) {
		if ( isset( $prepared_post->$key ) ) {
			$fields[ $key ] = $prepared_post->$key;
		}
	}
	if ( ! $old && ! isset( $fields['post_status'] ) ) {
		$fields['post_status'] = 'draft';
	}
	$result = ew_check_write( $old, $fields );
	return is_wp_error( $result ) ? $result : $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'ew_rest_guard', 8, 2 );

/**
 * After the post is written (any path): the transitions it amounted to go into the audit trail, a change to a
 * published article's text is recorded as a correction, and the post's version goes up.
 */
function ew_after_write( $post_id, $post, $update ) {
	if ( 'post' !== $post->post_type ) {
		return;
	}
	$accepted = ew_pending_paths( $update ? (int) $post_id : 0 );
	if ( null === $accepted && $update ) {
		$accepted = ew_pending_paths( 0 ); // wp-admin's first save of an auto-draft
	}
	if ( $accepted && $accepted['path'] ) {
		$from = $accepted['from'];
		foreach ( $accepted['path'] as $name ) {
			$transition = ew_transition( $name );
			ew_record_transition( $post, $name, $from, $transition['target'], '' );
			$from = $transition['target'];
		}
	}
	ew_bump_version( (int) $post_id );
	if ( $update ) {
		ew_unlock_post( (int) $post_id );
	}
}
add_action( 'wp_insert_post', 'ew_after_write', 20, 3 );

/** A published article whose text changed (the desk's correction): an audit entry and the "Updated" time. */
function ew_note_correction( $post_id, $after, $before ) {
	if ( 'post' !== $after->post_type || 'publish' !== $before->post_status || 'publish' !== $after->post_status ) {
		return;
	}
	if ( $after->post_title === $before->post_title && $after->post_content === $before->post_content
		&& $after->post_excerpt === $before->post_excerpt ) {
		return;
	}
	ew_record_transition( $after, 'corrected', 'published', 'published', '' );
	ew_as_server(
		function () use ( $post_id ) {
			update_post_meta( $post_id, 'ew_updated_at', wp_slash( gmdate( 'Y-m-d\TH:i:s\Z' ) ) );
			update_post_meta( $post_id, 'ew_reviewed_hash', wp_slash( ew_text_hash( get_post( $post_id )->post_title, get_post( $post_id )->post_content ) ) );
		}
	);
}
add_action( 'post_updated', 'ew_note_correction', 10, 3 );

/** Trashing (REST DELETE, wp-admin's Trash link, XML-RPC wp.deletePost) is the "kill" transition. */
function ew_guard_trash( $check, $post ) {
	if ( null !== $check || ew_is_internal() || 'post' !== $post->post_type ) {
		return $check;
	}
	$refusal = ew_transition_refusal( 'kill', ew_workflow_status( $post ), ew_user_role() );
	if ( '' !== $refusal ) {
		wp_die( esc_html( $refusal ), 'Not allowed', array( 'response' => 403 ) );
	}
	return $check;
}
add_filter( 'pre_trash_post', 'ew_guard_trash', 10, 2 );

/** Restoring from the trash is the "restore" transition (the desk's). */
function ew_guard_untrash( $check, $post ) {
	if ( null !== $check || ew_is_internal() || 'post' !== $post->post_type ) {
		return $check;
	}
	$refusal = ew_transition_refusal( 'restore', 'killed', ew_user_role() );
	if ( '' !== $refusal ) {
		wp_die( esc_html( $refusal ), 'Not allowed', array( 'response' => 403 ) );
	}
	return $check;
}
add_filter( 'pre_untrash_post', 'ew_guard_untrash', 10, 2 );

/** Keep ew_status in step with a status change the guard accepted (an internal write for the audit's sake). */
function ew_set_workflow_status( $post_id, $status ) {
	ew_as_server(
		function () use ( $post_id, $status ) {
			update_post_meta( $post_id, 'ew_status', wp_slash( $status ) );
		}
	);
}
