/**
 * The extension API object. Chrome gets webextension-polyfill (promises over chrome.*); the Firefox
 * build aliases this import to `firefox-native.ts`, because Firefox's own `browser` already is that.
 */
import browser from 'webextension-polyfill';

export default browser;
