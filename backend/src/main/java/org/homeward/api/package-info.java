/** The partner REST API: JSON in and out, HTTP Basic, RFC 9457 problem details for every refusal. */
package org.homeward.api;
