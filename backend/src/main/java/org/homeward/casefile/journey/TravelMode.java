package org.homeward.casefile.journey;

public enum TravelMode {
    AIR, LAND, SEA
}
