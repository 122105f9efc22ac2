// Swagger UI on Tandem's OpenAPI document (/api-docs); a file of its own, as the CSP allows no inline script.
window.addEventListener('load', () => {
	window.ui = SwaggerUIBundle({ url: '/v3/api-docs', dom_id: '#swagger-ui', deepLinking: true });
});
