package vn.blocstats.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class BlocstatsApplication {
	public static void main(String[] args) {
	}
}
