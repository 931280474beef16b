/** Wiring of the platform itself: database start-up order and engine settings. */
package org.aidflow.config;
