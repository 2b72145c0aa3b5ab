<?php
/**
 * Plugin Name: Editorial Workstation
 * Description: What the Editorial Workstation desktop app needs from WordPress: article and photo meta over REST,
 *              idempotent creates, an optimistic-concurrency guard, newsroom roles and honest 401s.
 * Version: 1.0.0
 * Requires at least: 5.7
 * Requires PHP: 7.4
 * License: GPL-2.0-or-later
 * License URI: https://www.gnu.org/licenses/gpl-2.0.html
 *
 * Works as a normal plugin or as a must-use plugin (copy this folder to wp-content/mu-plugins/ and add a one-line
 * loader file there that requires this file: WordPress loads only the PHP files directly inside mu-plugins/).
 * See readme.txt for what each part does and why.
 */

defined( 'ABSPATH' ) || exit;

const EW_VERSION       = '1.0.0';
const EW_ROLES_VERSION = '1';
const EW_REST_NAMESPACE = 'editorial-workstation/v1';
const EW_PLUGIN_FILE    = __FILE__;

foreach ( array( 'meta', 'auth', 'concurrency', 'roles', 'routes' ) as $ew_part ) {
	require_once __DIR__ . '/includes/' . $ew_part . '.php';
}
require_once __DIR__ . '/includes/render.php'; // the article's parts on the published page, in any theme
require_once __DIR__ . '/includes/popular.php'; // view counts, Popular this week, the ordered Editor's choice list
unset( $ew_part );
