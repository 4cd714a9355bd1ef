/** The executable application: starts Spring Boot with the backend and the Vaadin UI. */
package org.homeward;
