/** 公示: the public list of approved and closed projects, off unless a deployment switches it on. */
package org.aidflow.disclosure;
