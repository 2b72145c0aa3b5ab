<?php
/** The plugin's own REST routes. */

defined( 'ABSPATH' ) || exit;

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
		'version'      => ew_post_version( $post->ID ),
	);
}

/* ---------------------------------------------------------------------------------------------------------------
 * REST routes.
 * ------------------------------------------------------------------------------------------------------------ */

/** Who is signed in, in newsroom terms (decided by capabilities), plus the plugin version (404: no plugin). */
function ew_rest_me() {
	$user = wp_get_current_user();
	$can  = array();
	foreach ( array( 'edit_posts', 'publish_posts', 'edit_others_posts', 'edit_published_posts', 'upload_files', 'manage_categories' ) as $cap ) {
		$can[ $cap ] = current_user_can( $cap );
	}
	return array(
		'id'             => $user->ID,
		'login'          => $user->user_login,
		'name'           => $user->display_name,
		'roles'          => array_values( (array) $user->roles ),
		'newsroom_role'  => ew_user_role(),
		'capabilities'   => $can,
		'plugin_version' => EW_VERSION,
		'server_workflow' => true,
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
	ew_register_workflow_routes();
}
add_action( 'rest_api_init', 'ew_register_routes' );
