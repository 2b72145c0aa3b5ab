<?php
/** Authentication: a wrong application password is a 401, not a silent anonymous request. */

defined( 'ABSPATH' ) || exit;

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
