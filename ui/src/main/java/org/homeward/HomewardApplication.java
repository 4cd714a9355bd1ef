package org.homeward;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HomewardApplication {

    public static void main(String[] args) {
        // Axon's update checker would call out to the internet on every start.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(HomewardApplication.class, args);
    }
}
