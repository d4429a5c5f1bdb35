// Start Swagger UI on /docs. It lives in a file, not in an inline script, because the
// Content-Security-Policy of /docs forbids inline scripts as on every other page. The page
// names the OpenAPI document in data-openapi-url on the #swagger-ui element.
(function () {
  "use strict";

  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.openapiUrl,
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    deepLinking: true,
    showExtensions: true,
    showCommonExtensions: true,
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
  });
})();
