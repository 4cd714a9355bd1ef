/** Users, roles and offices; who may do what through the API and the views. */
package org.homeward.security;
