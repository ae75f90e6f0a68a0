package vn.blocstats.etl;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application of the etl module's tests (the real one lives in the dashboard module). */
@SpringBootApplication
public class EtlTestApplication {
}
