package org.homeward;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend's tests run the backend alone; the executable application lives in the ui module. */
@SpringBootApplication
public class BackendTestApplication {
}
