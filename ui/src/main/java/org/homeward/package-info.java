/** The executable application: one Spring Boot app that scans the backend's features and the views beneath it. */
package org.homeward;
