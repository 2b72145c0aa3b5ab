<?php
/**
 * Plugin Name: Editorial Workstation
 * Description: What the Editorial Workstation desktop app needs from WordPress: article and photo meta over REST,
 *              idempotent creates, versioned writes, newsroom roles, the desk workflow enforced on every path
 *              (REST, XML-RPC, wp-admin) with a server-written audit trail, and honest 401s.
 * Version: 1.1.0
 * Requires at least: 5.7
 * Requires PHP: 7.4
 * License: MIT
 * Text Domain: editorial-workstation
 *
 * Works as a normal plugin or as a must-use plugin (copy this folder to wp-content/mu-plugins/ and add a one-line
 * loader file there that requires this file: WordPress loads only the PHP files directly inside mu-plugins/).
 * See readme.txt for what each part does and why.
 */

defined( 'ABSPATH' ) || exit;

const EW_VERSION       = '1.1.0';
const EW_ROLES_VERSION = '1';
const EW_REST_NAMESPACE = 'editorial-workstation/v1';
const EW_PLUGIN_FILE    = __FILE__;

foreach ( array( 'meta', 'auth', 'concurrency', 'roles', 'routes' ) as $ew_part ) {
	require_once __DIR__ . '/includes/' . $ew_part . '.php';
}
// The server-enforced workflow: the transition table, the audit trail and notes, their routes.
foreach ( array( 'workflow', 'audit', 'workflow-routes' ) as $ew_part ) {
	require_once __DIR__ . '/includes/' . $ew_part . '.php';
}
unset( $ew_part );
