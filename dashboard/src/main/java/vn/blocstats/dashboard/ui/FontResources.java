package vn.blocstats.dashboard.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the Liberation fonts bundled for the charts ({@code /liberation/} in
 * {@code openpdf-fonts-extra}) at {@code /fonts/}, so that the page draws the text of an inline
 * SVG chart in the very font the chart was laid out with ({@code @font-face} in blocstats.css).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FontResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/fonts/**").addResourceLocations("classpath:/liberation/").setCachePeriod(86400);
	}
}
