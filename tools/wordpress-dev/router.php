<?php
/**
 * Router for `php -S` serving Debian's WordPress (/usr/share/wordpress) for one local instance.
 *
 * Environment (set by provision.py):
 *   WORDPRESS_CONFIG    selects /etc/wordpress/config-<value>.php in Debian's wp-config.php; php -S does not copy
 *                       environment variables into $_SERVER, so this router does.
 *   EW_WP_CONTENT_DIR   the instance's WP_CONTENT_DIR; /wp-content/* URLs are served from it.
 *
 * PHP files are required from here (not handed back to php -S) so they see the $_SERVER set up above. The router
 * runs in the global scope WordPress expects; its own variables are prefixed to stay out of WordPress's way.
 */

if ( false !== getenv( 'WORDPRESS_CONFIG' ) ) {
	$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
}

$ew_router_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$ew_router_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );

if ( 0 === strpos( $ew_router_path, '/wp-content/' ) ) {
	$ew_router_base = realpath( getenv( 'EW_WP_CONTENT_DIR' ) ?: '/var/lib/wordpress/wp-content' );
	$ew_router_file = $ew_router_base ? realpath( $ew_router_base . substr( $ew_router_path, strlen( '/wp-content' ) ) ) : false;
	// Debian's themes are linked into the content folder's themes/ and resolve to their package folder.
	$ew_router_inside = $ew_router_file && ( 0 === strpos( $ew_router_file, $ew_router_base . '/' )
		|| 0 === strpos( $ew_router_file, $ew_router_root . '/wp-content/themes/' ) );
	// Refuse anything outside the content folder, folders, and anything PHP could execute.
	if ( false === $ew_router_file || ! $ew_router_inside || ! is_file( $ew_router_file )
		|| preg_match( '/\.(php\d?|phtml|phar)$/i', $ew_router_file ) ) {
		http_response_code( 404 );
		header( 'Content-Type: text/plain' );
		echo "Not found\n";
		return true;
	}
	// libmagic calls stylesheets and scripts text/plain, which browsers refuse under nosniff: go by extension first.
	$ew_router_types = array(
		'css'   => 'text/css',
		'js'    => 'text/javascript',
		'svg'   => 'image/svg+xml',
		'woff'  => 'font/woff',
		'woff2' => 'font/woff2',
		'json'  => 'application/json',
	);
	$ew_router_ext   = strtolower( pathinfo( $ew_router_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $ew_router_types[ $ew_router_ext ] ?? ( mime_content_type( $ew_router_file ) ?: 'application/octet-stream' ) ) );
	header( 'Content-Length: ' . filesize( $ew_router_file ) );
	header( 'X-Content-Type-Options: nosniff' );
	readfile( $ew_router_file );
	return true;
}

// Debian's tree holds symlinks (to /usr/share/javascript...), so refuse ".." segments rather than resolving links.
$ew_router_file = $ew_router_root . $ew_router_path;
if ( '/' !== $ew_router_path && is_dir( $ew_router_file ) && is_file( rtrim( $ew_router_file, '/' ) . '/index.php' ) ) {
	$ew_router_file = rtrim( $ew_router_file, '/' ) . '/index.php';
}
if ( preg_match( '#(^|/)\.\.(/|$)#', $ew_router_path ) || '/' === $ew_router_path || ! is_file( $ew_router_file ) ) {
	// A pretty permalink or a /wp-json/ route: WordPress's front controller handles it.
	$ew_router_file = $ew_router_root . '/index.php';
} elseif ( '.php' !== substr( $ew_router_file, -4 ) ) {
	return false; // A static file (CSS, JS, images of wp-admin and wp-includes): php -S serves it.
}

$_SERVER['SCRIPT_FILENAME'] = $ew_router_file;
$_SERVER['SCRIPT_NAME']     = substr( $ew_router_file, strlen( $ew_router_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $ew_router_file ) );
unset( $ew_router_path, $ew_router_base, $ew_router_inside );
require $ew_router_file;
