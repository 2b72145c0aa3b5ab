<?php
/**
 * Plugin Name: Editorial Workstation
 * Description: What the Editorial Workstation desktop app needs from WordPress: article and photo meta over REST,
 *              idempotent creates, an optimistic-concurrency guard, newsroom roles and honest 401s.
 * Version: 1.0.0
 * Requires at least: 5.7
 * Requires PHP: 7.4
 * License: MIT
 *
 * Works as a normal plugin or as a must-use plugin (copy this folder to wp-content/mu-plugins/ and add a one-line
 * loader file there that requires this file: WordPress loads only the PHP files directly inside mu-plugins/).
 * See readme.txt for what each part does and why.
 */

defined( 'ABSPATH' ) || exit;

const EW_VERSION       = '1.0.0';
const EW_ROLES_VERSION = '1';
const EW_REST_NAMESPACE = 'editorial-workstation/v1';

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

/* ---------------------------------------------------------------------------------------------------------------
 * Authentication: a wrong application password is a 401, not a silent anonymous request.
 * ------------------------------------------------------------------------------------------------------------ */

/**
 * Resolve the current user before core's rest_application_password_check_errors (priority 90) looks at the
 * outcome of the Basic-auth attempt; without this, a wrong password leaves the request anonymous.
 */
function ew_resolve_user_early( $result ) {
	if ( empty( $result ) ) {
		wp_get_current_user();
	}
	return $result;
}
add_filter( 'rest_authentication_errors', 'ew_resolve_user_early', 20 );

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

/* ---------------------------------------------------------------------------------------------------------------
 * Idempotent creates: find a post by the client's uuid.
 * ------------------------------------------------------------------------------------------------------------ */

function ew_rest_post_by_uuid( WP_REST_Request $request ) {
	$query = new WP_Query(
		array(
			'post_type'              => 'post',
			'post_status'            => array( 'publish', 'future', 'draft', 'pending', 'private', 'trash' ),
			'meta_key'               => 'ew_client_uuid',
			'meta_value'             => (string) $request['uuid'],
			'orderby'                => 'ID',
			'order'                  => 'ASC',
			'posts_per_page'         => 1,
			'no_found_rows'          => true,
			'ignore_sticky_posts'    => true,
			'update_post_term_cache' => false,
		)
	);
	$post = $query->posts ? $query->posts[0] : null;
	// A post the user may not read is reported exactly like a missing one.
	if ( ! $post || ! current_user_can( 'read_post', $post->ID ) ) {
		return new WP_Error( 'rest_post_invalid_uuid', 'No post has this client uuid.', array( 'status' => 404 ) );
	}
	return array(
		'id'           => $post->ID,
		'modified_gmt' => mysql_to_rfc3339( ew_post_modified_gmt( $post ) ),
		'status'       => $post->post_status,
	);
}

/* ---------------------------------------------------------------------------------------------------------------
 * Newsroom roles.
 * ------------------------------------------------------------------------------------------------------------ */

/** The newsroom role names and their capabilities (desk copies the editor role as it is on this site). */
function ew_role_definitions() {
	$editor = get_role( 'editor' );
	return array(
		'ew_reporter'     => array(
			'Reporter',
			array(
				'read'         => true,
				'edit_posts'   => true,
				'delete_posts' => true,
				'upload_files' => true,
			),
		),
		'ew_photo_editor' => array(
			'Photo editor',
			array(
				'read'              => true,
				'edit_posts'        => true,
				'upload_files'      => true,
				// Needed to set the featured image of a colleague's unpublished post and to edit the metadata of
				// their photos; ew_guard_photo_editor() refuses every other change to their posts.
				'edit_others_posts' => true,
			),
		),
		'ew_desk'         => array( 'Desk editor', $editor ? $editor->capabilities : array( 'read' => true ) ),
	);
}

/** (Re)create the newsroom roles; runs once per EW_ROLES_VERSION. */
function ew_install_roles() {
	foreach ( ew_role_definitions() as $name => $definition ) {
		remove_role( $name );
		add_role( $name, $definition[0], $definition[1] );
	}
	update_option( 'ew_roles_version', EW_ROLES_VERSION );
}

function ew_maybe_install_roles() {
	if ( ! wp_installing() && get_option( 'ew_roles_version' ) !== EW_ROLES_VERSION ) {
		ew_install_roles();
	}
}
add_action( 'init', 'ew_maybe_install_roles', 5 );
register_activation_hook( __FILE__, 'ew_install_roles' );

/** Whether the current user is a photo editor without publishing rights from another role. */
function ew_is_restricted_photo_editor() {
	$user = wp_get_current_user();
	return in_array( 'ew_photo_editor', (array) $user->roles, true ) && ! current_user_can( 'publish_posts' );
}

/** The term ids of one taxonomy on a post, sorted. */
function ew_post_term_ids( $post_id, $taxonomy ) {
	$ids = wp_get_object_terms( $post_id, $taxonomy, array( 'fields' => 'ids' ) );
	$ids = is_wp_error( $ids ) ? array() : array_map( 'intval', $ids );
	sort( $ids );
	return $ids;
}

/** Names of the fields a request would change on an existing post, ignoring the ones a photo editor may set. */
function ew_changed_text_fields( WP_Post $post, $prepared_post, WP_REST_Request $request ) {
	$changed = array();
	$fields  = array(
		'post_title'     => 'title',
		'post_content'   => 'content',
		'post_excerpt'   => 'excerpt',
		'post_status'    => 'status',
		'post_author'    => 'author',
		'post_password'  => 'password',
		'post_name'      => 'slug',
		'post_date'      => 'date',
		'comment_status' => 'comment_status',
		'ping_status'    => 'ping_status',
		'menu_order'     => 'menu_order',
		'post_parent'    => 'parent',
	);
	foreach ( $fields as $property => $name ) {
		if ( isset( $prepared_post->$property ) && (string) $prepared_post->$property !== (string) $post->$property ) {
			$changed[] = $name;
		}
	}
	if ( isset( $request['sticky'] ) && (bool) $request['sticky'] !== is_sticky( $post->ID ) ) {
		$changed[] = 'sticky';
	}
	foreach ( array( 'categories' => 'category', 'tags' => 'post_tag' ) as $param => $taxonomy ) {
		if ( isset( $request[ $param ] ) ) {
			$wanted = array_map( 'intval', (array) $request[ $param ] );
			sort( $wanted );
			if ( $wanted !== ew_post_term_ids( $post->ID, $taxonomy ) ) {
				$changed[] = $param;
			}
		}
	}
	if ( isset( $request['format'] ) && $request['format'] !== ( get_post_format( $post ) ? get_post_format( $post ) : 'standard' ) ) {
		$changed[] = 'format';
	}
	if ( isset( $request['template'] ) && $request['template'] !== (string) get_page_template_slug( $post ) ) {
		$changed[] = 'template';
	}
	$meta = $request['meta'];
	if ( is_array( $meta ) ) {
		$registered = get_registered_meta_keys( 'post', 'post' );
		foreach ( $meta as $key => $value ) {
			if ( 'ew_notes' === $key || ! isset( $registered[ $key ] ) ) {
				continue; // Notes are the photo editor's to write; unknown keys are ignored by WordPress anyway.
			}
			$stored = get_post_meta( $post->ID, $key, true );
			$type   = $registered[ $key ]['type'];
			$same   = 'boolean' === $type ? (bool) $value === (bool) $stored
				: ( 'array' === $type ? wp_json_encode( array_values( (array) $value ) ) === wp_json_encode( array_values( (array) $stored ) )
					: (string) $value === (string) $stored );
			if ( ! $same ) {
				$changed[] = 'meta.' . $key;
			}
		}
	}
	return $changed;
}

/**
 * A photo editor may set the featured image (and write notes) on a colleague's unpublished post, never change its
 * text, status or anything else. The whole request is refused before anything is written.
 */
function ew_guard_photo_editor( $prepared_post, WP_REST_Request $request ) {
	if ( is_wp_error( $prepared_post ) || empty( $prepared_post->ID ) || ! ew_is_restricted_photo_editor() ) {
		return $prepared_post;
	}
	$post = get_post( $prepared_post->ID );
	if ( ! $post || (int) $post->post_author === get_current_user_id() ) {
		return $prepared_post;
	}
	$changed = ew_changed_text_fields( $post, $prepared_post, $request );
	if ( $changed ) {
		return new WP_Error(
			'ew_photo_editor_text',
			'As photo editor you can change the photos of this article, not its text or status.',
			array(
				'status' => 403,
				'fields' => $changed,
			)
		);
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'ew_guard_photo_editor', 10, 2 );

/**
 * Newsroom policy: whether marking Editor's choice needs publishing rights (off by default). An administrator sets
 * it in Settings > Writing or over REST (wp/v2/settings, ew_editors_choice_needs_publish).
 */
function ew_register_settings() {
	register_setting(
		'writing',
		'ew_editors_choice_needs_publish',
		array(
			'type'         => 'boolean',
			'default'      => false,
			'description'  => "Only users who may publish can mark or unmark Editor's choice.",
			'show_in_rest' => true,
		)
	);
}
add_action( 'init', 'ew_register_settings' );

/**
 * When the policy says so, Editor's choice is the desk's mark: a user who cannot publish may not set or clear it
 * (the whole request is refused before anything is written; sending the stored value back is fine).
 */
function ew_guard_editors_choice( $prepared_post, WP_REST_Request $request ) {
	if ( is_wp_error( $prepared_post ) || current_user_can( 'publish_posts' )
		|| ! get_option( 'ew_editors_choice_needs_publish', false ) ) {
		return $prepared_post;
	}
	$meta = $request['meta'];
	if ( ! is_array( $meta ) || ! array_key_exists( 'ew_editors_choice', $meta ) ) {
		return $prepared_post;
	}
	$stored = empty( $prepared_post->ID ) ? false : (bool) get_post_meta( $prepared_post->ID, 'ew_editors_choice', true );
	if ( (bool) $meta['ew_editors_choice'] !== $stored ) {
		return new WP_Error(
			'ew_editors_choice_desk_only',
			"Only the desk can mark or unmark Editor's choice.",
			array( 'status' => 403 )
		);
	}
	return $prepared_post;
}
add_filter( 'rest_pre_insert_post', 'ew_guard_editors_choice', 10, 2 );

/* ---------------------------------------------------------------------------------------------------------------
 * REST routes.
 * ------------------------------------------------------------------------------------------------------------ */

/** Who is signed in, in newsroom terms, plus the plugin version (a 404 here means the plugin is missing). */
function ew_rest_me() {
	$user  = wp_get_current_user();
	$roles = array_values( (array) $user->roles );
	$map   = array(
		'administrator'   => 'admin',
		'ew_desk'         => 'desk',
		'editor'          => 'desk',
		'ew_photo_editor' => 'photo_editor',
		'author'          => 'reporter',
		'ew_reporter'     => 'reporter',
		'contributor'     => 'reporter',
	);
	$newsroom_role = null;
	foreach ( $map as $role => $newsroom ) {
		if ( in_array( $role, $roles, true ) ) {
			$newsroom_role = $newsroom;
			break;
		}
	}
	$can = array();
	foreach ( array( 'edit_posts', 'publish_posts', 'edit_others_posts', 'edit_published_posts', 'upload_files', 'manage_categories' ) as $cap ) {
		$can[ $cap ] = current_user_can( $cap );
	}
	return array(
		'id'             => $user->ID,
		'login'          => $user->user_login,
		'name'           => $user->display_name,
		'roles'          => $roles,
		'newsroom_role'  => $newsroom_role,
		'capabilities'   => $can,
		'plugin_version' => EW_VERSION,
	);
}

function ew_require_login() {
	if ( is_user_logged_in() ) {
		return true;
	}
	return new WP_Error( 'rest_not_logged_in', 'You are not currently logged in.', array( 'status' => 401 ) );
}

function ew_register_routes() {
	register_rest_route(
		EW_REST_NAMESPACE,
		'/posts/by-uuid/(?P<uuid>[A-Za-z0-9-]{1,64})',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'ew_rest_post_by_uuid',
			'permission_callback' => 'ew_require_login',
		)
	);
	register_rest_route(
		EW_REST_NAMESPACE,
		'/me',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'ew_rest_me',
			'permission_callback' => 'ew_require_login',
		)
	);
}
add_action( 'rest_api_init', 'ew_register_routes' );
