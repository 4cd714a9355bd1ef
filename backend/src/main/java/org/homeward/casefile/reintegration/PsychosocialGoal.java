package org.homeward.casefile.reintegration;

public enum PsychosocialGoal {
    COUNSELLING, PEER_SUPPORT, SPECIALISED_TREATMENT, STRENGTHEN_COPING, NONE
}
