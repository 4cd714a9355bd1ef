/**
 * Protection of survivors' personal data: a key per case, wrapped by a master key kept outside the database, so
 * that destroying one case's key erases its personal data from every copy of the event store.
 */
package org.homeward.privacy;
