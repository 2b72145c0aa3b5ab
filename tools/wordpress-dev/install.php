<?php
/**
 * Install WordPress from the command line, without a browser, and create one user per newsroom role.
 *
 * Usage: WORDPRESS_CONFIG=<name> php install.php SPEC.json
 * SPEC: {"url": "http://127.0.0.1:PORT", "title": "...",
 *        "users": [{"key": "reporter", "login": "...", "email": "...", "role": "ew_reporter"}, ...]}
 * The first user must have the administrator role: wp_install() creates it.
 * Prints one line "EW-INSTALL-RESULT {json}" with {"users": {key: {"login", "id", "app_password", "password", "role"}}}
 * (password: the sign-in password, for tests that log in to wp-admin through wp-login.php).
 */

if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php install.php SPEC.json\n" );
	exit( 2 );
}
$ew_spec = json_decode( file_get_contents( $argv[1] ), true );
$ew_host = parse_url( $ew_spec['url'] );

// Debian's wp-config.php and WordPress itself read these as if a browser had asked.
$_SERVER['HTTP_HOST']   = $ew_host['host'] . ( isset( $ew_host['port'] ) ? ':' . $ew_host['port'] : '' );
$_SERVER['SERVER_NAME'] = $ew_host['host'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['HTTPS']       = 'off';

define( 'WP_INSTALLING', true );
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';

function ew_fail( $message ) {
	fwrite( STDERR, "install.php: $message\n" );
	exit( 1 );
}

$ew_admin = $ew_spec['users'][0];
if ( 'administrator' !== $ew_admin['role'] ) {
	ew_fail( 'the first user must be the administrator' );
}
if ( is_blog_installed() ) {
	ew_fail( 'WordPress is already installed in this database' );
}
$ew_passwords = array();
$ew_passwords[ $ew_admin['login'] ] = wp_generate_password( 24, false );
$ew_installed = wp_install( $ew_spec['title'], $ew_admin['login'], $ew_admin['email'], true, '', $ew_passwords[ $ew_admin['login'] ] );
if ( is_wp_error( $ew_installed ) ) {
	ew_fail( $ew_installed->get_error_message() );
}
// Pretty permalinks make /wp-json/ work; ?rest_route= works either way.
update_option( 'permalink_structure', '/%year%/%monthnum%/%postname%/' );
update_option( 'timezone_string', 'UTC' );

// Public pages need a theme: Debian's Twenty Twenty-One when provision.py linked it into the instance.
if ( wp_get_theme( 'twentytwentyone' )->exists() ) {
	switch_theme( 'twentytwentyone' );
}

// The companion plugin was loaded before the tables existed; create its roles now.
if ( function_exists( 'ew_install_roles' ) ) {
	ew_install_roles();
}

$ew_result = array( 'users' => array() );
foreach ( $ew_spec['users'] as $ew_user ) {
	if ( $ew_user['login'] === $ew_admin['login'] ) {
		$ew_id = (int) $ew_installed['user_id'];
	} else {
		if ( ! get_role( $ew_user['role'] ) ) {
			ew_fail( "unknown role {$ew_user['role']} (is the companion plugin loaded?)" );
		}
		$ew_passwords[ $ew_user['login'] ] = wp_generate_password( 24, false );
		$ew_id = wp_insert_user(
			array(
				'user_login'   => $ew_user['login'],
				'user_email'   => $ew_user['email'],
				'user_pass'    => $ew_passwords[ $ew_user['login'] ],
				'display_name' => isset( $ew_user['name'] ) ? $ew_user['name'] : $ew_user['login'],
				'role'         => $ew_user['role'],
			)
		);
		if ( is_wp_error( $ew_id ) ) {
			ew_fail( $ew_id->get_error_message() );
		}
	}
	$ew_created = WP_Application_Passwords::create_new_application_password( $ew_id, array( 'name' => 'editorial-workstation-tests' ) );
	if ( is_wp_error( $ew_created ) ) {
		ew_fail( $ew_created->get_error_message() );
	}
	$ew_result['users'][ $ew_user['key'] ] = array(
		'login'        => $ew_user['login'],
		'id'           => $ew_id,
		'role'         => $ew_user['role'],
		'app_password' => $ew_created[0],
		'password'     => $ew_passwords[ $ew_user['login'] ],
	);
}

echo 'EW-INSTALL-RESULT ' . wp_json_encode( $ew_result ) . "\n";
