/** The demo program: agreements and projects at every stage, seeded through the API on an empty demo database. */
package org.aidflow.demo;
