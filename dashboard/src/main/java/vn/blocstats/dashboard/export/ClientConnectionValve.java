package vn.blocstats.dashboard.export;

import java.io.IOException;

import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Gives every request its {@link ClientConnection}, for a request that waits to notice its client leaving. */
final class ClientConnectionValve extends ValveBase {

	ClientConnectionValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		request.setAttribute(ClientConnection.ATTRIBUTE, new ClientConnection(request.getCoyoteRequest()));
		getNext().invoke(request, response);
	}

	/** Puts the valve in the web server's context. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	@ConditionalOnClass(TomcatServletWebServerFactory.class)
	static class Installed {

		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientConnections() {
			return factory -> factory.addContextValves(new ClientConnectionValve());
		}
	}
}
