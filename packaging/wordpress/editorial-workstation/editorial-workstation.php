<?php
/**
 * Plugin Name: Editorial Workstation
 * Description: What the Editorial Workstation desktop app needs from WordPress: article and photo meta over REST,
 *              idempotent creates, versioned writes, newsroom roles, the desk workflow enforced on every path
 *              (REST, XML-RPC, wp-admin) with a server-written audit trail, and honest 401s.
 * Version: 1.2.1
 * Requires at least: 5.7
 * Requires PHP: 7.4
 * License: GPL-2.0-or-later
 * License URI: https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain: editorial-workstation
 *
 * Works as a normal plugin or as a must-use plugin (copy this folder to wp-content/mu-plugins/ and add a one-line
 * loader file there that requires this file: WordPress loads only the PHP files directly inside mu-plugins/).
 * See readme.txt for what each part does and why.
 */

defined( 'ABSPATH' ) || exit;

const EW_VERSION       = '1.2.1';
const EW_ROLES_VERSION = '1';
const EW_REST_NAMESPACE = 'editorial-workstation/v1';
const EW_PLUGIN_FILE    = __FILE__;

// One include per concern: meta, authentication, versioned writes, roles, the app's routes; the server-enforced
// workflow (transition table, audit trail and notes, the desk's length target, their routes); the published page's
// parts; Popular and Editor's choice; the theme's page for the app's offline preview.
foreach ( array( 'meta', 'auth', 'concurrency', 'roles', 'routes', 'workflow', 'audit', 'length-target', 'workflow-routes', 'render', 'popular', 'theme-preview' ) as $ew_part ) {
	require_once __DIR__ . '/includes/' . $ew_part . '.php';
}
unset( $ew_part );
