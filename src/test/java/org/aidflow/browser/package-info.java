/** Browser tests: the real app in Debian's headless Chromium, signed in through the sign-in page. */
package org.aidflow.browser;
