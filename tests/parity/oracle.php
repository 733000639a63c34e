<?php

/*
 * Differential-parity oracle: runs the REAL Laravel 8.83 pipeline
 * (Request -> TrimStrings -> ConvertEmptyStringsToNull -> $request->all()
 * -> Validator) over each corpus case read as JSON Lines on stdin and writes
 * one verdict line per case on stdout.
 *
 * Uses the Debian packages under /usr/share/php (no composer).
 */

declare(strict_types=1);

error_reporting(E_ALL);
ini_set('display_errors', 'stderr');
ini_set('memory_limit', '1G');
set_include_path('/usr/share/php'.PATH_SEPARATOR.get_include_path());

require_once 'Illuminate/autoload.php';

use Illuminate\Filesystem\Filesystem;
use Illuminate\Foundation\Http\Middleware\ConvertEmptyStringsToNull;
use Illuminate\Foundation\Http\Middleware\TrimStrings;
use Illuminate\Http\Request;
use Illuminate\Translation\FileLoader;
use Illuminate\Translation\Translator;
use Illuminate\Validation\Validator;
use Symfony\Component\HttpFoundation\Request as SymfonyRequest;

$rulesFor = require __DIR__.'/rules.php';

$translator = new Translator(new FileLoader(new Filesystem(), __DIR__.'/lang'), 'en');

const OUT_FLAGS = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE;

$n = 0;
$exceptions = 0;
$in = fopen('php://stdin', 'rb');
while (($line = fgets($in)) !== false) {
    $line = rtrim($line, "\r\n");
    if ($line === '') {
        continue;
    }
    $case = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
    $out = [
        'id' => $case['id'],
        'note' => $case['note'] ?? '',
        'mode' => $case['mode'],
        'events' => $case['events'] ?? null,
        'body' => $case['body'],
    ];

    try {
        $method = $case['mode'] === 'update' ? 'PUT' : 'POST';

        // Same path as Request::capture(): Symfony request -> createFromBase().
        $base = SymfonyRequest::create(
            '/api/webhooks', $method, [], [], [],
            ['CONTENT_TYPE' => 'application/json', 'HTTP_ACCEPT' => 'application/json'],
            $case['body']
        );
        $request = Request::createFromBase($base);

        $pass = function ($r) { return $r; };
        $request = (new TrimStrings())->handle($request, $pass);
        $request = (new ConvertEmptyStringsToNull())->handle($request, $pass);

        $input = $request->all();

        $validator = new Validator($translator, $input, $rulesFor($case['mode'], $case['events'] ?? null));
        $validator->fails();

        $failed = [];
        foreach ($validator->failed() as $attr => $rules) {
            $failed[$attr] = array_map('strtolower', array_keys($rules));
        }

        $out['errors'] = (object) $validator->messages()->toArray();
        $out['failed'] = (object) $failed;
    } catch (\Throwable $e) {
        $exceptions++;
        $out['errors'] = new stdClass();
        $out['failed'] = new stdClass();
        $out['exception'] = get_class($e).': '.$e->getMessage();
        fwrite(STDERR, "case {$case['id']}: exception ".$out['exception']."\n");
    }

    $json = json_encode($out, OUT_FLAGS);
    if ($json === false) {
        fwrite(STDERR, "case {$case['id']}: json_encode failed: ".json_last_error_msg()."\n");
        $json = json_encode([
            'id' => $case['id'], 'note' => $out['note'], 'mode' => $out['mode'], 'events' => $out['events'],
            'body' => $out['body'], 'errors' => new stdClass(), 'failed' => new stdClass(),
            'exception' => 'oracle: json_encode failed: '.json_last_error_msg(),
        ], OUT_FLAGS);
        $exceptions++;
    }
    fwrite(STDOUT, $json."\n");
    $n++;
}

fwrite(STDERR, "oracle: {$n} cases, {$exceptions} exceptions\n");
