<?php
/**
 * Uninstall: remove what the plugin added to the site's settings (its options and the newsroom roles; users who had
 * one keep their account and get no role). Post meta stays: the articles' Markdown, notes and audit trail are the
 * newsroom's records, not the plugin's settings.
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

foreach ( array( 'ew_roles_version', 'ew_editors_choice_needs_publish' ) as $ew_option ) {
	delete_option( $ew_option );
}
foreach ( array( 'ew_reporter', 'ew_photo_editor', 'ew_desk' ) as $ew_role ) {
	remove_role( $ew_role );
}
unset( $ew_option, $ew_role );
