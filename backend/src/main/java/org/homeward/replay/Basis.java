package org.homeward.replay;

/**
 * Which date an as-of question reads. {@code EFFECTIVE}: what had happened by then, as we know it now (every
 * correction applied, whenever recorded). {@code RECORDED}: what Homeward knew at the end of that day (UTC): the events
 * recorded by then, with only the corrections recorded by then.
 */
public enum Basis {
    EFFECTIVE, RECORDED
}
