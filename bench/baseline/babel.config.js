// The app's Babel config, so the baseline compiles exactly as the app does.
module.exports = require('../../babel.config.js');
