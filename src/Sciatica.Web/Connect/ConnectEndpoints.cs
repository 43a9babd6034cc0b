using Sciatica.Content.Codes;
using Sciatica.Web.Content;
using Sciatica.Web.PageCache;

namespace Sciatica.Web.Connect;

/// <summary>The link service for health records (<see cref="ConnectPaths"/>): one answer, three formats, two addresses.</summary>
public static class ConnectEndpoints
{
    public static IServiceCollection AddSciaticaConnect(this IServiceCollection services) => services.AddSingleton<ConnectAnswers>();

    public static WebApplication MapSciaticaConnect(this WebApplication app)
    {
        app.MapGet(ConnectPaths.Service, (HttpContext context, RequestContent content, ConnectAnswers answers) =>
        {
            if (ConnectRequest.Read(context.Request.Query, out var problem) is not { } request)
            {
                return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            return new KeptAnswer(answers.Answer(content.Snapshot, request));
        });

        // The same answers as files, for record systems that link to a static copy; only well-formed names are answered.
        app.MapGet($"{ConnectPaths.Service}/{{system}}/{{file}}", (string system, string file, RequestContent content, ConnectAnswers answers) =>
        {
            var dot = file.LastIndexOf('.');
            if (CodeSystem.Named(system) is not { } codeSystem || dot < 0 || ConnectFormat.WithExtension(file[(dot + 1)..]) is not { } format
                || !codeSystem.IsWellFormed(file[..dot]))
            {
                return Results.NotFound();
            }

            return new KeptAnswer(answers.Answer(content.Snapshot, new ConnectRequest(codeSystem, file[..dot], format, null)));
        });
        return app;
    }

    /// <summary>Written like a kept page: the client's compression, validators, 304 when current.</summary>
    private sealed class KeptAnswer(CachedPage page) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => CachedPageResponse.WriteAsync(httpContext, page);
    }
}
