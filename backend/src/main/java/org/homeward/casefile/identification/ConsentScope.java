package org.homeward.casefile.identification;

public enum ConsentScope {
    DATA_PROCESSING, DATA_SHARING
}
