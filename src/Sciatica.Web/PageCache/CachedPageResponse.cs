using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Sciatica.Web.PageCache;

/// <summary>
/// Writes a kept page: the form the client accepts, its validators and cache headers, or 304 when the client's
/// copy is current. An error page (404, 429) keeps its status and gets no validators: a 304 would tell a cache
/// that the error is a page it may keep showing.
/// </summary>
public static class CachedPageResponse
{
    /// <summary>Short, so edits reach readers soon; a CDN may serve the old copy while it revalidates.</summary>
    public const string CacheControl = "public, max-age=60, stale-while-revalidate=600";

    private static readonly StringValues CacheControlValue = CacheControl;
    private static readonly StringValues VaryValue = HeaderNames.AcceptEncoding;

    public static Task WriteAsync(HttpContext context, CachedPage page)
    {
        var (request, response) = (context.Request, context.Response);
        var body = page.In(ContentCodings.Preferred(request.Headers.AcceptEncoding));
        var headers = response.Headers;
        headers.Vary = VaryValue;
        if (page.StatusCode == StatusCodes.Status200OK)
        {
            headers.ETag = body.ETag;
            headers.LastModified = page.LastModifiedHeader;
            headers.CacheControl = CacheControlValue;
            if (IsNotModified(request, body, page))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }

        response.StatusCode = page.StatusCode;
        headers.ContentType = page.ContentType;
        headers.ContentEncoding = body.ContentEncoding;
        response.ContentLength = body.Bytes.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body.Bytes, 0, body.Bytes.Length, context.RequestAborted);
    }

    /// <summary>RFC 9110: If-None-Match (weak comparison, <c>*</c> matches) wins over If-Modified-Since.</summary>
    private static bool IsNotModified(HttpRequest request, EncodedBody body, CachedPage page)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(body.ETag.ToString(), StringComparison.Ordinal));
        }

        return HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since) && page.LastModified <= since;
    }
}
