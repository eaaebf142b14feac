import type { ErrorPage } from './page';

/**
 * Laravel's built-in error view (laravel/framework src/Illuminate/Foundation/Exceptions/views/minimal.blade.php): the
 * title, then in one flex row the code in a div with a right border and the message in capitals beside it.
 */
const page = (title: string, code: number, message: string): string => `<!DOCTYPE html>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>${title}</title>
        <style>body{font-family:ui-sans-serif,system-ui,sans-serif}.uppercase{text-transform:uppercase}</style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 dark:bg-gray-900 sm:items-center sm:pt-0">
            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">
                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">
                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">
                        ${code}
                    </div>

                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">
                        ${message}
                    </div>
                </div>
            </div>
        </div>
    </body>
</html>
`;

/** A form sent after the session ran out, on a Laravel app behind nginx (Server names nginx, the page Laravel). */
export const laravelPageExpired: ErrorPage = {
  id: 'laravel-419',
  status: 419,
  headers: { server: 'nginx/1.24.0', 'content-type': 'text/html; charset=UTF-8', 'cache-control': 'no-cache, private' },
  html: page('Page Expired', 419, 'Page Expired'),
  expect: { title: 'Session expired, form refused (419)', who: 'Laravel' },
};

/** The application in maintenance mode (php artisan down). */
export const laravelMaintenance: ErrorPage = {
  id: 'laravel-503',
  status: 503,
  headers: { server: 'Apache', 'content-type': 'text/html; charset=UTF-8', 'retry-after': '60' },
  html: page('Service Unavailable', 503, 'Service Unavailable'),
  expect: { title: 'Maintenance mode (503)', who: 'Laravel' },
};
