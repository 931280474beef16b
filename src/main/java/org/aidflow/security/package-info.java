/** Sign-in, the signed-in user, and who may see and do what. */
package org.aidflow.security;
