package org.homeward.casefile.reintegration;

public enum BusinessType {
    RETAIL_SHOP, FOOD_STALL, AGRICULTURE, LIVESTOCK, TAILORING, TRANSPORT, REPAIRS, BEAUTY_SALON, ONLINE_SALES, OTHER
}
