<?php
/** Newsroom roles and the guards that keep each role to its own work. */

defined( 'ABSPATH' ) || exit;

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
register_activation_hook( EW_PLUGIN_FILE, 'ew_install_roles' );

/** Whether the current user is a photo editor by capabilities (may edit others' posts, may not publish). */
function ew_is_restricted_photo_editor() {
	return 'photo_editor' === ew_user_role();
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
			if ( ! isset( $registered[ $key ] ) || in_array( $key, ew_server_owned_meta(), true ) ) {
				continue; // Unknown keys are ignored by WordPress; server-owned ones are refused before this.
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
 * A photo editor may set the featured image on a colleague's unpublished post (and add notes through the notes
 * route), never change its text, status, terms or other meta. The whole REST request is refused before anything is
 * written; ew_check_write() refuses the text and status on every other path too.
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
	if ( is_wp_error( $prepared_post ) || 'desk' === ew_user_role()
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
