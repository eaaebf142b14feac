import type { ErrorPage } from './page';

/**
 * IIS's detailed error page (IIS 7 and later): the title "IIS <version> Detailed Error - <sub-status> - <name>", and in
 * #content the heading "HTTP Error <sub-status> - <name>" followed by boxes of causes and details.
 */
const detailed = (
  substatus: string,
  name: string,
  module: string,
  code: string,
): string => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>IIS 10.0 Detailed Error - ${substatus} - ${name}</title>
<style type="text/css">body{margin:0;font-family:Verdana,Arial,sans-serif;}</style>
</head>
<body>
<div id="content">
<div class="content-container">
  <h3>HTTP Error ${substatus} - ${name}</h3>
  <h4>The server could not use the settings that apply to this page.</h4>
</div>
<div class="content-container">
 <fieldset><h4>Detailed Error Information:</h4>
  <div id="details-left">
   <table border="0" cellpadding="0" cellspacing="0">
    <tr class="alt"><th>Module</th><td>${module}</td></tr>
    <tr><th>Error Code</th><td>${code}</td></tr>
   </table>
  </div>
 </fieldset>
</div>
</div>
</body>
</html>
`;

export const iisConfigInvalid: ErrorPage = {
  id: 'iis-500-19',
  status: 500,
  headers: { server: 'Microsoft-IIS/10.0', 'x-powered-by': 'ASP.NET', 'content-type': 'text/html' },
  html: detailed('500.19', 'Internal Server Error', 'IIS Web Core', '0x8007000d'),
  expect: { title: 'Configuration data invalid (500.19)', who: 'Microsoft IIS / ASP.NET' },
};

/**
 * The ASP.NET Core Module's page when the app fails to start in process (dotnet/aspnetcore
 * src/Servers/IIS/AspNetCoreModuleV2): the body opens with the heading, then lists of causes and steps.
 */
export const iisAspNetCoreStartFailure: ErrorPage = {
  id: 'iis-500-30',
  status: 500,
  headers: { server: 'Microsoft-IIS/10.0', 'content-type': 'text/html' },
  html: `<!DOCTYPE html>
<html lang="en-US" xmlns="http://www.w3.org/1999/xhtml">
<head><meta charset="utf-8" /><title> HTTP Error 500.30 - ASP.NET Core app failed to start </title></head>
<body>
  <h1> HTTP Error 500.30 - ASP.NET Core app failed to start </h1>
  <h2> Common solutions to this issue: </h2>
  <ul><li> The app did not come up </li><li> The app came up and then stopped </li></ul>
  <h2> Troubleshooting steps: </h2>
  <ul><li> Read the event log </li><li> Turn on the stdout log </li></ul>
</body>
</html>
`,
  expect: { title: 'ASP.NET Core app failed to start (500.30)', who: 'Microsoft IIS / ASP.NET' },
};

/**
 * IIS's short page for remote visitors (%SystemDrive%\inetpub\custerr\<language>\404.htm), from a server that removes
 * its Server and X-Powered-By headers (removeServerHeader): only the page shows it is IIS.
 */
export const iisRemoteNotFound: ErrorPage = {
  id: 'iis-404-remote',
  status: 404,
  headers: { 'content-type': 'text/html' },
  html: `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
<style type="text/css">body{margin:0;font-size:.7em;font-family:Verdana,Arial,sans-serif;background:#EEEEEE;}</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>What was asked for is not on this server, or has moved.</h3>
 </fieldset></div>
</div>
</body>
</html>
`,
  expect: { title: 'Not Found', who: 'Microsoft IIS / ASP.NET' },
};
